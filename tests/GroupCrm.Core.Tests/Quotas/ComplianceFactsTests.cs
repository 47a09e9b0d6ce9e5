using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Quotas;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>The facts the engine reads from the database, rule by rule, for January 2026 judged on 10 February.</summary>
public sealed class ComplianceFactsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset TenthOfFebruary = new(2026, 2, 10, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly January = new(2026, 1, 1);

    [Fact]
    public async Task An_HQ_visit_qualifies_when_its_appointment_was_fixed_24_hours_ahead_or_more_and_not_at_23_hours()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, TenthOfFebruary);
        var manager = world.People.Manager;
        var shortNotice = await world.AccountAsync(manager, "A short notice");
        var exactly = await world.AccountAsync(manager, "B exactly a day");
        var ahead = await world.AccountAsync(manager, "C well ahead");
        var day = new DateOnly(2026, 1, 14);
        await world.HqVisitAsync(manager, shortNotice, day, TimeSpan.FromHours(23));
        await world.HqVisitAsync(manager, shortNotice, day.AddDays(1), TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        await world.VisitAsync(manager, shortNotice, null, world.Local(day.AddDays(2), 15)); // no appointment at all
        await world.HqVisitAsync(manager, exactly, day, TimeSpan.FromHours(24));
        await world.HqVisitAsync(manager, ahead, day, TimeSpan.FromHours(25));
        await world.HqVisitAsync(manager, ahead, day.AddDays(7), TimeSpan.FromDays(6));
        await world.HqVisitAsync(manager, ahead, day.AddDays(8), TimeSpan.FromDays(6));
        await world.HqVisitAsync(world.People.MarketManager, exactly, day.AddDays(1), TimeSpan.FromDays(2)); // not the manager's own

        var result = await world.JudgeAsync(manager, January, QuotaRuleKind.AccountHqVisits);

        (result.Required, result.Actual, result.Status).ShouldBe((6, 3, QuotaStatus.Missed));
        result.Gaps.Select(g => (g.AccountId, g.Have, g.Need)).ShouldBe([(shortNotice, 0, 2), (exactly, 1, 2)]);
    }

    [Fact]
    public async Task A_market_manager_is_judged_on_the_HQ_visits_to_every_active_account_of_the_district()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, TenthOfFebruary);
        var mm = world.People.MarketManager;
        var mine = await world.AccountAsync(world.People.Manager, "A");
        var colleagues = await world.AccountAsync(world.People.OtherManager, "B");
        await world.AccountAsync(world.People.OtherManager, "C onboarding", AccountState.UnderReview);
        var away = await world.AccountAsync(world.People.AwayManager, "D away");
        await world.HqVisitAsync(mm, mine, new DateOnly(2026, 1, 20), TimeSpan.FromDays(3));
        await world.HqVisitAsync(mm, away, new DateOnly(2026, 1, 21), TimeSpan.FromDays(3));
        await world.HqVisitAsync(world.People.Manager, colleagues, new DateOnly(2026, 1, 21), TimeSpan.FromDays(3));

        var result = await world.JudgeAsync(mm, January, QuotaRuleKind.DistrictHqVisits);

        (result.Required, result.Actual).ShouldBe((2, 1));
        result.Gaps.Select(g => g.AccountId).ShouldBe([colleagues]);
    }

    [Fact]
    public async Task Outings_count_distinct_stores_per_local_day_of_the_market_managers_own_store_visits()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, TenthOfFebruary);
        var mm = world.People.MarketManager;
        var account = await world.AccountAsync(world.People.Manager);
        var stores = await world.StoresAsync(account, 12);
        await world.StoreVisitsAsync(mm, account, stores[..10], new DateOnly(2026, 1, 6));
        await world.StoreVisitsAsync(mm, account, [.. stores[..9], stores[0]], new DateOnly(2026, 1, 13)); // ten visits, nine stores
        await world.StoreVisitsAsync(mm, account, stores[..10], new DateOnly(2026, 1, 20));
        await world.StoreVisitsAsync(world.People.Manager, account, stores, new DateOnly(2026, 1, 27)); // someone else's
        await world.StoreVisitsAsync(mm, account, stores, new DateOnly(2026, 2, 2));

        var january = await world.JudgeAsync(mm, January, QuotaRuleKind.Outings);

        (january.Required, january.Actual, january.Status).ShouldBe((4, 2, QuotaStatus.Missed));
        january.Gaps.Select(g => (g.Day, g.Have, g.Need)).ShouldBe([(new DateOnly(2026, 1, 13), 9, 10)]);
    }

    [Fact]
    public async Task Plans_count_the_periods_starting_in_the_month_with_any_submitted_revision()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, TenthOfFebruary);
        var manager = world.People.Manager;
        // January 2026 has the periods of 12 and 26 January; the one of 29 December belongs to December.
        await world.PlanAsync(manager, new DateOnly(2025, 12, 29));
        await world.PlanAsync(manager, new DateOnly(2026, 1, 12));
        await world.PlanAsync(manager, new DateOnly(2026, 1, 12), VisitPlanState.Submitted, revision: 2);
        await world.PlanAsync(manager, new DateOnly(2026, 1, 12), VisitPlanState.Draft, revision: 3);
        await world.PlanAsync(manager, new DateOnly(2026, 1, 26), VisitPlanState.Draft);
        await world.PlanAsync(world.People.OtherManager, new DateOnly(2026, 1, 26));

        var result = await world.JudgeAsync(manager, January, QuotaRuleKind.PlanSubmission);

        (result.Required, result.Actual, result.Status).ShouldBe((2, 1, QuotaStatus.Missed));
        result.Gaps.Select(g => g.Day).ShouldBe([new DateOnly(2026, 1, 26)]);
    }

    [Fact]
    public async Task An_account_counts_in_a_month_when_it_was_active_at_the_months_end()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, TenthOfFebruary);
        var manager = world.People.Manager;
        var active = await world.AccountAsync(manager, "A active");
        var suspended = await world.AccountAsync(manager, "B suspended on 20 January");
        await world.TransitionAsync(suspended, AccountState.Suspended, world.Local(new DateOnly(2026, 1, 20), 9));
        var resumed = await world.AccountAsync(manager, "C suspended, active again on the 31st");
        await world.TransitionAsync(resumed, AccountState.Suspended, world.Local(new DateOnly(2026, 1, 5), 9));
        await world.TransitionAsync(resumed, AccountState.Active, world.Local(new DateOnly(2026, 1, 31), 23, 59));
        var later = await world.AccountAsync(manager, "D onboarding", AccountState.PendingApproval);
        await world.TransitionAsync(later, AccountState.Active, world.Local(new DateOnly(2026, 2, 1), 0, 1));
        var noTimeline = await world.AccountAsync(manager, "E no timeline", withTimeline: false);
        foreach (var account in new[] { active, suspended, resumed, later, noTimeline }) await world.StoreAsync(account);

        var january = await world.JudgeAsync(manager, January, QuotaRuleKind.AccountHqVisits);
        var february = await world.JudgeAsync(manager, new DateOnly(2026, 2, 1), QuotaRuleKind.AccountHqVisits);
        var stores = await world.JudgeAsync(manager, January, QuotaRuleKind.StoreCoverage);

        january.Gaps.Select(g => g.AccountId).ShouldBe([active, resumed, noTimeline]);
        february.Gaps.Select(g => g.AccountId).ShouldBe([active, resumed, later, noTimeline]);
        stores.Gaps.Select(g => g.AccountId).ShouldBe([active, resumed, noTimeline]);
    }

    [Fact]
    public async Task Store_coverage_counts_only_the_managers_own_visits_in_the_month()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, TenthOfFebruary);
        var manager = world.People.Manager;
        var account = await world.AccountAsync(manager);
        var stores = await world.StoresAsync(account, 4);
        await world.VisitAsync(manager, account, stores[0], world.Local(new DateOnly(2026, 1, 2), 10));
        await world.VisitAsync(manager, account, stores[0], world.Local(new DateOnly(2026, 1, 3), 10));
        await world.VisitAsync(world.People.MarketManager, account, stores[1], world.Local(new DateOnly(2026, 1, 2), 10));
        await world.VisitAsync(manager, account, stores[2], world.Local(new DateOnly(2025, 12, 31), 10));
        await world.VisitAsync(manager, account, stores[3], world.Local(new DateOnly(2026, 2, 1), 10));

        var result = await world.JudgeAsync(manager, January, QuotaRuleKind.StoreCoverage);

        (result.Required, result.Actual).ShouldBe((4, 1));
        result.Gaps.Select(g => g.StoreId!.Value).ShouldBe(stores[1..]);
    }

    [Fact]
    public async Task Without_an_approved_round_for_the_month_the_notice_rule_does_not_apply()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, TenthOfFebruary);
        var manager = world.People.Manager;
        var account = await world.AccountAsync(manager);
        var store = await world.StoreAsync(account);
        await world.RoundAsync(world.People.Home.Id, January, RoundState.Draft, account, (store, false));
        await world.RoundAsync(world.People.Home.Id, January, RoundState.Submitted, account, (store, false));
        await world.RoundAsync(world.People.Home.Id, January, RoundState.Superseded, account, (store, false));
        await world.RoundAsync(world.People.Home.Id, new DateOnly(2025, 12, 1), RoundState.Approved, account, (store, false));

        var result = await world.JudgeAsync(manager, January, QuotaRuleKind.NoticeCoverage);

        (result.Required, result.Actual, result.Status).ShouldBe((0, 0, QuotaStatus.NotApplicable));
        result.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public async Task Notice_coverage_counts_the_owed_stores_with_a_notice_of_an_approved_round_of_the_month()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, TenthOfFebruary);
        var manager = world.People.Manager;
        var account = await world.AccountAsync(manager);
        var handed = await world.StoreAsync(account, "1 handed over");
        var notHanded = await world.StoreAsync(account, "2 not handed over");
        var twoRounds = await world.StoreAsync(account, "3 one of two handed over");
        await world.StoreAsync(account, "4 no notice");
        var closed = await world.StoreAsync(account, "5 closed mid-month", world.Local(new DateOnly(2026, 1, 15), 9));
        await world.RoundAsync(world.People.Home.Id, January, RoundState.Approved, account, (handed, true), (notHanded, false), (twoRounds, true), (closed, false));
        await world.RoundAsync(world.People.Home.Id, January, RoundState.Approved, account, (twoRounds, false));

        var result = await world.JudgeAsync(manager, January, QuotaRuleKind.NoticeCoverage);

        (result.Required, result.Actual, result.Status).ShouldBe((3, 1, QuotaStatus.Missed));
        result.Gaps.Select(g => g.StoreId).ShouldBe([notHanded, twoRounds]);
    }
}
