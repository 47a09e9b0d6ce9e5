using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Visits.Appointments;
using GroupCrm.Core.Visits.Lists;

namespace GroupCrm.Core.Tests.Visits.Lists;

/// <summary>
/// Which open follow-ups the list shows, split by the organisation's today. The clock stands in June 2019,
/// before anything the demo data holds, so the demo's own follow-ups are all "later" and never in the way.
/// </summary>
public sealed class FollowUpListTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncDisposable
{
    /// <summary>Monday 10 June 2019, 07:30 in Shanghai (23:30 the day before in UTC).</summary>
    private static readonly DateTimeOffset Morning = new(2019, 6, 9, 23, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2019, 6, 10);
    private readonly AppointmentWorld _world = new(fixture, Morning);

    private async Task<FollowUpOverview> OverviewAsync(string userName)
    {
        var viewer = await _world.ViewerAsync(userName);
        return await _world.RunAsync<FollowUpList, FollowUpOverview>(l => l.QueryAsync(viewer));
    }

    private async Task<(int Account, int Visit)> HqVisitAsync(string owner)
    {
        var (account, _) = await _world.AccountAsync(owner);
        return (account, await _world.VisitAsync(account, owner, AppointmentWorld.Local(2019, 5, 20, 10)));
    }

    [Fact]
    public async Task Today_is_the_organisations_day_overdue_is_before_it_and_due_soon_is_the_next_seven_days()
    {
        var (account, visit) = await HqVisitAsync("am.east1");
        var overdue = await _world.FollowUpAsync(visit, account, "am.east1", Today.AddDays(-9));
        var yesterday = await _world.FollowUpAsync(visit, account, "am.east1", Today.AddDays(-1));
        var dueToday = await _world.FollowUpAsync(visit, account, "am.east1", Today);
        var inAWeek = await _world.FollowUpAsync(visit, account, "am.east1", Today.AddDays(7));
        var later = await _world.FollowUpAsync(visit, account, "am.east1", Today.AddDays(8));
        var done = await _world.FollowUpAsync(visit, account, "am.east1", Today.AddDays(-3), doneAt: Morning.AddDays(-4));
        var colleagues = await _world.FollowUpAsync(visit, account, "mm.east", Today.AddDays(-2));

        var o = await OverviewAsync("am.east1");

        o.Today.ShouldBe(Today);
        o.Overdue.Select(r => r.Id).ShouldBe([overdue, yesterday]);
        o.Overdue.Select(r => r.DaysOverdue).ShouldBe([9, 1]);
        o.DueSoon.Select(r => r.Id).ShouldBe([dueToday, inAWeek]);
        o.DueSoon.ShouldAllBe(r => r.DaysOverdue == 0);
        var shown = o.Overdue.Concat(o.DueSoon).Select(r => r.Id).ToList();
        shown.ShouldNotContain(later);
        shown.ShouldNotContain(done);
        shown.ShouldNotContain(colleagues);
        o.OpenLater.ShouldBeGreaterThanOrEqualTo(1);
        o.DistrictOverdue.ShouldBeEmpty();
        o.Overdue[0].AccountId.ShouldBe(account);
        o.Overdue[0].VisitId.ShouldBe(visit);
        o.Overdue.ShouldAllBe(r => r.CanMarkDone);
    }

    [Fact]
    public async Task A_market_manager_also_sees_the_districts_overdue_follow_ups_of_others_but_not_another_districts()
    {
        var (east, eastVisit) = await HqVisitAsync("am.east2");
        var (west, westVisit) = await HqVisitAsync("am.west2");
        var managersOverdue = await _world.FollowUpAsync(eastVisit, east, "am.east2", new DateOnly(2019, 1, 2));
        var managersDueSoon = await _world.FollowUpAsync(eastVisit, east, "am.east2", Today.AddDays(2));
        var ownOverdue = await _world.FollowUpAsync(eastVisit, east, "mm.east", new DateOnly(2019, 1, 3));
        var westOverdue = await _world.FollowUpAsync(westVisit, west, "am.west2", new DateOnly(2019, 1, 1));

        var o = await OverviewAsync("mm.east");

        o.Overdue.Select(r => r.Id).ShouldContain(ownOverdue);
        var district = o.DistrictOverdue.Select(r => r.Id).ToList();
        district.ShouldContain(managersOverdue);
        district.ShouldNotContain(managersDueSoon);
        district.ShouldNotContain(ownOverdue);
        district.ShouldNotContain(westOverdue);
        o.DistrictOverdueTotal.ShouldBeGreaterThanOrEqualTo(district.Count);
        o.DistrictOverdue.Single(r => r.Id == managersOverdue).Owner.ShouldStartWith("赵敏");
        o.DistrictOverdue.ShouldAllBe(r => r.CanMarkDone);
        (await OverviewAsync("am.east1")).Overdue.Select(r => r.Id).ShouldNotContain(managersOverdue);
        (await OverviewAsync("am.west2")).DistrictOverdue.ShouldBeEmpty();
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();
}
