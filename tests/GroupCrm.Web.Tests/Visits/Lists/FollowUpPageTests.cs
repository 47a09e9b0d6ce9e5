using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using GroupCrm.Web.Tests.Visits.Appointments;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Visits.Appointments.AppointmentPages;

namespace GroupCrm.Web.Tests.Visits.Lists;

/// <summary>
/// The follow-ups page: the owner's overdue follow-ups (due in January 2019, so they come before anything
/// the demo data holds), the district's for the market manager, and who may press "Done".
/// </summary>
public sealed class FollowUpPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>, IAsyncLifetime
{
    private const string Hostile = "<script>alert(1)</script> 寄送样品";
    private int _account, _visit;

    public async Task InitializeAsync()
    {
        (_account, _, _) = await ChainOfAsync(factory, "am.east1", 1);
        _visit = await VisitAsync(factory, _account, "am.east1", Local(new DateOnly(2018, 12, 20), 10));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<int> FollowUpAsync(DateOnly dueOn, string text = Hostile) =>
        AppointmentPages.FollowUpAsync(factory, _visit, _account, "am.east1", dueOn, text);

    private async Task<(DateTimeOffset? DoneAt, int? DoneById)> DoneAsync(int id)
    {
        await using var db = factory.CreateDbContext();
        var f = await db.FollowUps.AsNoTracking().SingleAsync(x => x.Id == id);
        return (f.DoneAt, f.DoneById);
    }

    [Fact]
    public async Task The_owner_sees_an_overdue_follow_up_escaped_and_marks_it_done()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var id = await FollowUpAsync(new DateOnly(2019, 1, 2));

        var page = await HtmlAsync(await am.GetAsync("/Visits/FollowUps"));
        var done = await am.PostFormAsync($"/Visits/FollowUps?handler=Done&id={id}", [], formPage: "/Visits/FollowUps");
        var again = await am.PostFormAsync($"/Visits/FollowUps?handler=Done&id={id}", [], formPage: "/Visits/FollowUps");
        var after = await HtmlAsync(await am.GetAsync(done.Headers.Location!));

        Ids(page, "follow-up").ShouldContain(id);
        page.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt; 寄送样品");
        page.ShouldNotContain("<script>alert(1)</script>");
        page.ShouldContain("data-testid=\"overdue-days\"");
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DoneAsync(id)).DoneById.ShouldBe(await UserIdAsync(factory, "am.east1"));
        after.ShouldContain("The follow-up is marked done.");
        Ids(after, "follow-up").ShouldNotContain(id);
    }

    [Fact]
    public async Task Others_outside_the_chain_cannot_mark_it_done()
    {
        var id = await FollowUpAsync(new DateOnly(2019, 1, 3), "外人不可关闭");

        var colleague = await (await factory.SignedInClientAsync("am.east2")).PostFormAsync($"/Visits/FollowUps?handler=Done&id={id}", [], formPage: "/");
        var west = await (await factory.SignedInClientAsync("mm.west")).PostFormAsync($"/Visits/FollowUps?handler=Done&id={id}", [], formPage: "/");
        var approver = await (await factory.SignedInClientAsync("approver")).PostFormAsync($"/Visits/FollowUps?handler=Done&id={id}", [], formPage: "/");
        var colleaguePage = await HtmlAsync(await (await factory.SignedInClientAsync("am.east2")).GetAsync("/Visits/FollowUps"));

        colleague.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        west.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        approver.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        Ids(colleaguePage, "follow-up").ShouldNotContain(id);
        (await DoneAsync(id)).ShouldBe((null, null));
    }

    [Fact]
    public async Task The_market_manager_sees_the_districts_overdue_follow_ups_and_may_close_them()
    {
        var id = await FollowUpAsync(new DateOnly(2019, 1, 1), "市场经理可见");
        var mm = await factory.SignedInClientAsync("mm.east");

        var page = await HtmlAsync(await mm.GetAsync("/Visits/FollowUps"));
        var westPage = await HtmlAsync(await (await factory.SignedInClientAsync("mm.west")).GetAsync("/Visits/FollowUps"));
        var done = await mm.PostFormAsync($"/Visits/FollowUps?handler=Done&id={id}", [], formPage: "/Visits/FollowUps");

        page.ShouldContain("data-testid=\"district-overdue\"");
        Ids(page, "follow-up").ShouldContain(id);
        page.ShouldContain("杨帆");
        Ids(westPage, "follow-up").ShouldNotContain(id);
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DoneAsync(id)).DoneById.ShouldBe(await UserIdAsync(factory, "mm.east"));
    }
}
