using System.Net;
using GroupCrm.Core.Visits;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Visits.Plans.PlanPages;

namespace GroupCrm.Web.Tests.Visits.Plans;

/// <summary>
/// Who reaches whose plans: another account manager, and another district's market manager, find nothing (404);
/// the district's market manager and the marketing centre read but every change gives 403. Each POST carries valid
/// fields, so only the check stops it, and nothing is written.
/// </summary>
public sealed class PlanAuthorizationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>, IAsyncLifetime
{
    private DateOnly _period;
    private int _owner, _account, _store;
    private VisitPlan _plan = null!;

    public async Task InitializeAsync()
    {
        _period = await UpcomingAsync(factory, 0);
        await ClearAsync(factory, "am.east1", _period);
        _owner = await UserIdAsync(factory, "am.east1");
        (_account, _store, _) = await AccountAsync(factory, "am.east1");
        var client = await factory.SignedInClientAsync("am.east1");
        await client.PostFormAsync(EditUrl(_period, handler: "Start"), new(), formPage: "/");
        var plan = (await PlansAsync(factory, "am.east1", _period)).Single();
        await client.PostFormAsync(EditUrl(_period, handler: "Add"), Form(plan, ("day", Iso(_period)), ("pick", $"{_account}:{_store}")), formPage: "/");
        _plan = (await PlansAsync(factory, "am.east1", _period)).Single();
        _plan.Visits.Count.ShouldBe(1);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private (string Url, Dictionary<string, string> Fields)[] Posts =>
    [
        (EditUrl(_period, handler: "Add"), Form(_plan, ("day", Iso(_period.AddDays(1))), ("pick", $"{_account}:{_store}"))),
        (EditUrl(_period, handler: "Remove"), Form(_plan, ("plannedVisitId", $"{_plan.Visits[0].Id}"))),
        (EditUrl(_period, handler: "Submit"), Form(_plan)),
        (EditUrl(_period, handler: "Discard"), Form(_plan)),
        (EditUrl(_period, handler: "Revise"), Form(_plan)),
    ];

    [Theory]
    [InlineData("am.west1")]
    [InlineData("am.east2")]
    [InlineData("mm.west")]
    public async Task Outsiders_find_neither_the_plans_nor_the_periods_of_another_account_manager(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);
        var before = await SnapshotAsync(factory);

        (await client.GetAsync($"/Visits/Plans?userId={_owner}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(EditUrl(_period, userId: _owner))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var (url, fields) in Posts)
            (await client.PostFormAsync(url, fields, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);

        (await SnapshotAsync(factory)).ShouldBe(before);
    }

    [Fact]
    public async Task The_districts_market_manager_reads_its_account_managers_plans_but_not_another_districts()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var before = await SnapshotAsync(factory);

        var list = await TextAsync(await client.GetAsync($"/Visits/Plans?userId={_owner}"));
        var picker = await TextAsync(await client.GetAsync("/Visits/Plans"));
        var period = await TextAsync(await client.GetAsync(EditUrl(_period, userId: _owner)));

        list.ShouldContain("data-testid=\"plan-periods\"");
        list.ShouldContain($"data-period=\"{Iso(_period)}\"");
        picker.ShouldContain($"<option value=\"{_owner}\"");
        picker.ShouldNotContain($"<option value=\"{await UserIdAsync(factory, "am.west1")}\"");
        period.ShouldContain("Revision 1: draft, not submitted.");
        period.ShouldContain("data-testid=\"planned-visit\"");
        foreach (var control in new[] { "start-plan", "submit-plan", "discard-plan", "add-form", "remove-visit", "revise-plan" })
            period.ShouldNotContain($"data-testid=\"{control}\"");
        (await client.GetAsync($"/Visits/Plans?userId={await UserIdAsync(factory, "am.west1")}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(EditUrl(_period, userId: await UserIdAsync(factory, "am.west1")))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var (url, fields) in Posts)
            (await client.PostFormAsync(url, fields, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        (await client.PostFormAsync(EditUrl(_period.AddDays(PlanPeriodsDays), handler: "Start"), new(), formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await SnapshotAsync(factory)).ShouldBe(before);
    }

    [Theory]
    [InlineData("approver")]
    [InlineData("admin")]
    public async Task The_marketing_centre_and_the_administrator_read_every_plan_and_change_none(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);
        var before = await SnapshotAsync(factory);

        var list = await TextAsync(await client.GetAsync($"/Visits/Plans?userId={_owner}"));
        var period = await TextAsync(await client.GetAsync(EditUrl(_period, userId: _owner)));

        list.ShouldContain("data-testid=\"plan-periods\"");
        period.ShouldContain("data-testid=\"planned-visit\"");
        period.ShouldNotContain("data-testid=\"add-form\"");
        period.ShouldNotContain("data-testid=\"submit-plan\"");
        foreach (var (url, fields) in Posts)
            (await client.PostFormAsync(url, fields, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        (await client.PostFormAsync(EditUrl(_period.AddDays(PlanPeriodsDays), handler: "Start"), new(), formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await SnapshotAsync(factory)).ShouldBe(before);
    }

    private const int PlanPeriodsDays = GroupCrm.Core.Visits.PlanPeriods.Days;
}
