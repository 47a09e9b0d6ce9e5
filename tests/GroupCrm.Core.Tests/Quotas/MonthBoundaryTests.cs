using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Quotas;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Recording;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>
/// Months are the organisation's: a visit belongs to the month of its local date, and a store is owed a month's
/// visit when it was still open at local midnight after the month's last day.
/// </summary>
public sealed class MonthBoundaryTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly February = new(2026, 2, 1);
    private static readonly DateOnly LastOfJanuary = new(2026, 1, 31);

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("America/New_York")]
    public async Task A_visit_at_23_30_local_time_on_the_last_day_counts_in_that_month_and_one_at_00_30_in_the_next(string zone)
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, new DateTimeOffset(2026, 2, 10, 12, 0, 0, TimeSpan.Zero), zone);
        var manager = world.People.Manager;
        var account = await world.AccountAsync(manager);
        var late = await world.StoreAsync(account, "Late");
        var early = await world.StoreAsync(account, "Early");

        (await Record(world, manager, account, late, LastOfJanuary, new TimeOnly(23, 30))).Succeeded.ShouldBeTrue();
        (await Record(world, manager, account, early, February, new TimeOnly(0, 30))).Succeeded.ShouldBeTrue();

        var january = await world.JudgeAsync(manager, January, QuotaRuleKind.StoreCoverage);
        var february = await world.JudgeAsync(manager, February, QuotaRuleKind.StoreCoverage);
        (january.Required, january.Actual).ShouldBe((2, 1));
        january.Gaps.Single().StoreId.ShouldBe(early);
        (february.Required, february.Actual).ShouldBe((2, 1));
        february.Gaps.Single().StoreId.ShouldBe(late);
    }

    [Fact]
    public async Task A_store_deactivated_during_the_month_is_owed_nothing_that_month_and_one_closed_after_midnight_still_is()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, new DateTimeOffset(2026, 2, 10, 4, 0, 0, TimeSpan.Zero));
        var manager = world.People.Manager;
        var account = await world.AccountAsync(manager);
        var open = await world.StoreAsync(account, "1 open");
        var midMonth = await world.StoreAsync(account, "2 closed on the 15th", world.Local(new DateOnly(2026, 1, 15), 12));
        var lastEvening = await world.StoreAsync(account, "3 closed at 23:30 on the 31st", world.Local(LastOfJanuary, 23, 30));
        var afterMidnight = await world.StoreAsync(account, "4 closed at 00:30 on 1 February", world.Local(February, 0, 30));
        var longAgo = await world.StoreAsync(account, "5 closed in 2024", new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)));
        // Visited before it closed: not needed that month, so it does not count either.
        await world.VisitAsync(manager, account, midMonth, world.Local(new DateOnly(2026, 1, 5), 10));
        await world.VisitAsync(manager, account, open, world.Local(new DateOnly(2026, 1, 6), 10));

        var january = await world.JudgeAsync(manager, January, QuotaRuleKind.StoreCoverage);
        var december = await world.JudgeAsync(manager, new DateOnly(2025, 12, 1), QuotaRuleKind.StoreCoverage);
        var february = await world.JudgeAsync(manager, February, QuotaRuleKind.StoreCoverage);

        (january.Required, january.Actual).ShouldBe((2, 1));
        january.Gaps.Select(g => g.StoreId).ShouldBe([afterMidnight]);
        december.Required.ShouldBe(4);
        december.Gaps.Select(g => g.StoreId).ShouldBe([open, midMonth, lastEvening, afterMidnight]);
        // The current month is judged by the stores open now.
        february.Required.ShouldBe(1);
        february.Gaps.Select(g => g.StoreId).ShouldBe([open]);
        january.Gaps.ShouldNotContain(g => g.StoreId == longAgo);
    }

    private static Task<RecordResult> Record(QuotaWorld world, Core.Organisation.Viewer who, int account, int store, DateOnly date, TimeOnly time) =>
        world.RunAsync<VisitRecorder, RecordResult>(r => r.RecordAsync(who, new VisitInput
        {
            Kind = VisitKind.Store, AccountId = account, StoreId = store, Date = date, Time = time,
        }));
}
