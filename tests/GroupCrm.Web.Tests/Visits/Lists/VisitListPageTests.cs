using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Visits.Appointments.AppointmentPages;

namespace GroupCrm.Web.Tests.Visits.Lists;

/// <summary>
/// The visit list over HTTP. Each test writes its visits into a month of its own, years before anything the
/// demo data reaches, so the month filter isolates them: whose visits each person sees, the marks, and
/// hostile query strings.
/// </summary>
public sealed class VisitListPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>, IAsyncLifetime
{
    private static int _months;
    private readonly DateOnly First = new DateOnly(2012, 1, 1).AddMonths(Interlocked.Increment(ref _months));

    private string March => First.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
    private int _ownStore, _ownHq, _spotCheck, _colleague, _west, _colleagueAccount;

    public async Task InitializeAsync()
    {
        var (account, _, store) = await ChainOfAsync(factory, "am.east1", 0);
        (_colleagueAccount, _, var colleagueStore) = await ChainOfAsync(factory, "am.east2", 0);
        var (westAccount, _, westStore) = await ChainOfAsync(factory, "am.west1", 0);
        _ownStore = await VisitAsync(factory, account, "am.east1", Local(First.AddDays(4), 10), store);
        _ownHq = await VisitAsync(factory, account, "am.east1", Local(First.AddDays(5), 10));
        _spotCheck = await VisitAsync(factory, account, "mm.east", Local(First.AddDays(6), 10), store, spotCheckOf: "am.east1", complianceConcern: true);
        _colleague = await VisitAsync(factory, _colleagueAccount, "am.east2", Local(First.AddDays(7), 10), colleagueStore);
        _west = await VisitAsync(factory, westAccount, "am.west1", Local(First.AddDays(8), 10), westStore);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<int>> IdsAsync(string userName, string query) =>
        Ids(await HtmlAsync(await (await factory.SignedInClientAsync(userName)).GetAsync($"/Visits?Month={March}{query}")), "visit");

    [Fact]
    public async Task An_account_manager_sees_only_visits_to_their_own_chains()
    {
        (await IdsAsync("am.east1", "")).ShouldBe([_ownHq, _ownStore]);
        (await IdsAsync("am.east1", "&Scope=district")).ShouldBe([_spotCheck, _ownHq, _ownStore]);
        (await IdsAsync("am.east1", $"&Scope=district&AccountId={_colleagueAccount}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_market_manager_sees_their_district_and_not_another()
    {
        (await IdsAsync("mm.east", "")).ShouldBe([_spotCheck]);
        (await IdsAsync("mm.east", "&Scope=district")).ShouldBe([_colleague, _spotCheck, _ownHq, _ownStore]);
        (await IdsAsync("mm.west", "&Scope=district")).ShouldBe([_west]);
        (await IdsAsync("approver", "")).ShouldBe([_west, _colleague, _spotCheck, _ownHq, _ownStore]);
    }

    [Fact]
    public async Task Rows_link_to_the_visit_and_mark_spot_checks_and_compliance_concerns_in_words()
    {
        var mm = await factory.SignedInClientAsync("mm.east");

        var page = await HtmlAsync(await mm.GetAsync($"/Visits?Month={March}&Kind=Store"));

        Ids(page, "visit").ShouldBe([_spotCheck]);
        page.ShouldContain($"href=\"/Visits/{_spotCheck}\"");
        page.ShouldContain("data-testid=\"spot-check-mark\"");
        page.ShouldContain("data-testid=\"compliance-mark\"");
        page.ShouldContain("Spot check");
        page.ShouldContain("Compliance concern");
        page.ShouldContain("data-testid=\"visits-sections\"");
    }

    [Theory]
    [InlineData("?Month=abc", "The month must look like 2026-03: showing all months.")]
    [InlineData("?Month=2019-13", "The month must look like 2026-03: showing all months.")]
    [InlineData("?Kind=Foo", "Unknown kind of visit: showing both kinds.")]
    [InlineData("?Scope=everyone", "Unknown list: showing the default one.")]
    [InlineData("?AccountId=abc", "Some filters could not be read and were left out.")]
    [InlineData("?PageNumber=abc", "Some filters could not be read and were left out.")]
    public async Task A_filter_that_cannot_be_read_is_named_and_the_list_still_shows(string query, string notice)
    {
        var am = await factory.SignedInClientAsync("am.east1");

        var page = await TextAsync(await am.GetAsync("/Visits" + query));

        page.ShouldContain(notice);
        page.ShouldContain("data-testid=\"visit-filter\"");
    }

    [Fact]
    public async Task Out_of_range_pages_and_script_in_the_query_are_harmless()
    {
        var am = await factory.SignedInClientAsync("am.east1");

        var negative = await HtmlAsync(await am.GetAsync($"/Visits?Month={March}&PageNumber=-1&page=-1"));
        var beyond = await HtmlAsync(await am.GetAsync($"/Visits?Month={March}&PageNumber=99999"));
        var script = await HtmlAsync(await am.GetAsync("/Visits?Month=%3Cscript%3Ealert(1)%3C%2Fscript%3E&Kind=%3Cimg%20src%3Dx%3E"));
        var empty = await HtmlAsync(await am.GetAsync("/Visits?Month=2001-01"));

        Ids(negative, "visit").ShouldBe([_ownHq, _ownStore]);
        Ids(beyond, "visit").ShouldBe([_ownHq, _ownStore]);
        script.ShouldNotContain("<script>alert(1)</script>");
        script.ShouldNotContain("<img src=x>");
        script.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        empty.ShouldContain("No visits match these filters.");
        Ids(empty, "visit").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_visits_page_answers_every_role()
    {
        foreach (var user in new[] { "admin", "approver", "mm.north", "am.north1" })
            (await (await factory.SignedInClientAsync(user)).GetAsync("/Visits")).StatusCode.ShouldBe(HttpStatusCode.OK, user);
    }
}
