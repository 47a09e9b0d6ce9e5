using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;

namespace GroupCrm.Core.Tests.Visits.Plans;

/// <summary>Plan against actual with real visits in the database, per period and in the periods list.</summary>
public sealed class PlanVsActualTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Previous = PlanWorld.Previous, Current = PlanWorld.Current, Today = PlanWorld.Today;

    /// <summary>Each planned visit's status by "day place", in the grid's order (day by day).</summary>
    private static Dictionary<string, PlanItemStatus> Statuses(PlanPeriodView view, Dictionary<int, string> names) =>
        view.Days.SelectMany(d => d.Items).ToDictionary(i => $"{i.Day:MM-dd} {(i.StoreId is { } s ? names[s] : "HQ")}", i => i.Status);

    [Fact]
    public async Task A_past_period_is_judged_against_its_highest_submitted_revision_and_the_owners_own_visits()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var other = await world.AccountAsync();
        var (a, b, c, d) = (await world.StoreAsync(account, name: "A"), await world.StoreAsync(account, name: "B"),
            await world.StoreAsync(account, name: "C"), await world.StoreAsync(account, name: "D"));
        var names = new Dictionary<int, string> { [a] = "A", [b] = "B", [c] = "C", [d] = "D" };
        await world.PlanAsync(world.Manager, Previous, 1, VisitPlanState.Submitted, (Previous, account, a));
        await world.PlanAsync(world.Manager, Previous, 2, VisitPlanState.Submitted,
            (Previous, account, a), (Previous.AddDays(1), account, b), (Previous.AddDays(2), account, null), (Previous.AddDays(7), account, c));
        await world.PlanAsync(world.Manager, Previous, 3, VisitPlanState.Draft, (Previous, account, d));
        await world.VisitAsync(world.Manager, account, a, Previous);                 // done that day
        await world.VisitAsync(world.Manager, account, b, Previous.AddDays(3));      // done two days late
        await world.VisitAsync(world.Manager, other, null, Previous.AddDays(2));      // another chain's HQ: unplanned
        await world.VisitAsync(world.MarketManager, account, c, Previous.AddDays(7)); // someone else's visit does not count
        await world.VisitAsync(world.Manager, account, c, Current);                  // the next period's visit neither
        var unplanned = await world.VisitAsync(world.Manager, account, d, Previous.AddDays(4));

        var view = (await world.ViewsAsync(v => v.PeriodAsync(world.MarketManager, world.Manager.UserId, Previous)))!;

        view.Timing.ShouldBe(PeriodTiming.Past);
        view.CanChange.ShouldBeFalse();
        view.Shown!.Revision.ShouldBe(2);
        view.Revisions.Select(r => r.Revision).ShouldBe([3, 2, 1]);
        Statuses(view, names).ShouldBe(new Dictionary<string, PlanItemStatus>
        {
            ["02-23 A"] = PlanItemStatus.Done, ["02-24 B"] = PlanItemStatus.DoneOnAnotherDay,
            ["02-25 HQ"] = PlanItemStatus.Missed, ["03-02 C"] = PlanItemStatus.Missed,
        });
        view.Unplanned.Select(v => (v.On, v.StoreId)).ShouldBe([(Previous.AddDays(2), (int?)null), (Previous.AddDays(4), d)]);
        view.Unplanned[1].Id.ShouldBe(unplanned);
        view.Tally.ShouldBe(new PlanTally(4, 1, 1, 2, 2));

        var row = (await world.ViewsAsync(v => v.PeriodsAsync(world.Manager, world.Manager.UserId)))!.Single(r => r.Start == Previous);
        (row.InForceRevision, row.DraftRevision, row.DraftVisits, row.Timing).ShouldBe(((int?)2, (int?)3, 1, PeriodTiming.Past));
        row.Tally.ShouldBe(view.Tally);
    }

    [Fact]
    public async Task In_the_current_period_today_is_not_yet_missed_and_the_days_ahead_are_upcoming()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var (a, b, c) = (await world.StoreAsync(account, name: "A"), await world.StoreAsync(account, name: "B"), await world.StoreAsync(account, name: "C"));
        var names = new Dictionary<int, string> { [a] = "A", [b] = "B", [c] = "C" };
        await world.PlanAsync(world.Manager, Current, 1, VisitPlanState.Submitted,
            (Today.AddDays(-2), account, a), (Today, account, b), (Today.AddDays(-1), account, null), (Today.AddDays(2), account, c));
        await world.VisitAsync(world.Manager, account, a, Today.AddDays(-2));
        await world.VisitAsync(world.Manager, account, c, Current);

        var view = (await world.ViewsAsync(v => v.PeriodAsync(world.Manager, world.Manager.UserId, Current)))!;

        view.Timing.ShouldBe(PeriodTiming.Current);
        view.CanChange.ShouldBeFalse();
        Statuses(view, names).ShouldBe(new Dictionary<string, PlanItemStatus>
        {
            ["03-16 A"] = PlanItemStatus.Done, ["03-17 HQ"] = PlanItemStatus.Missed,
            ["03-18 B"] = PlanItemStatus.NotYet, ["03-20 C"] = PlanItemStatus.Upcoming,
        });
        view.Unplanned.ShouldBeEmpty();
        view.Tally.ShouldBe(new PlanTally(4, 1, 0, 1, 0));
        view.Days.Count.ShouldBe(14);
        view.Days.Select(day => day.Day).ShouldBe(Enumerable.Range(0, 14).Select(Current.AddDays));
    }

    [Fact]
    public async Task The_periods_list_runs_from_four_periods_ahead_to_six_back_with_the_plan_in_force_and_any_draft()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        await world.PlanAsync(world.Manager, PlanWorld.Next, 1, VisitPlanState.Submitted, (PlanWorld.Next, account, null));
        await world.PlanAsync(world.Manager, PlanWorld.Next, 2, VisitPlanState.Draft, (PlanWorld.Next, account, null), (PlanWorld.Next.AddDays(1), account, null));
        await world.PlanAsync(world.Manager, PlanWorld.AfterNext, 1, VisitPlanState.Draft);

        var rows = (await world.ViewsAsync(v => v.PeriodsAsync(world.Manager, world.Manager.UserId)))!;

        rows.Count.ShouldBe(11);
        rows[0].Start.ShouldBe(Current.AddDays(56));
        rows[^1].Start.ShouldBe(Current.AddDays(-84));
        rows.Single(r => r.Timing == PeriodTiming.Current).Start.ShouldBe(Current);
        rows.Count(r => r.Timing == PeriodTiming.Upcoming).ShouldBe(4);
        var next = rows.Single(r => r.Start == PlanWorld.Next);
        (next.InForceRevision, next.DraftRevision, next.DraftVisits, next.Tally.Planned).ShouldBe(((int?)1, (int?)2, 2, 1));
        var afterNext = rows.Single(r => r.Start == PlanWorld.AfterNext);
        (afterNext.InForceRevision, afterNext.DraftRevision, afterNext.Tally).ShouldBe(((int?)null, (int?)1, PlanTally.Empty));

        // Ahead of the period its owner works on the draft; everyone else reads the plan in force, or asks for a revision.
        (await world.ViewsAsync(v => v.PeriodAsync(world.Manager, world.Manager.UserId, PlanWorld.Next)))!.Shown!.Revision.ShouldBe(2);
        (await world.ViewsAsync(v => v.PeriodAsync(world.Manager, world.Manager.UserId, PlanWorld.Next)))!.IsEditable.ShouldBeTrue();
        var read = (await world.ViewsAsync(v => v.PeriodAsync(world.MarketManager, world.Manager.UserId, PlanWorld.Next)))!;
        (read.Shown!.Revision, read.IsEditable).ShouldBe((1, false));
        (await world.ViewsAsync(v => v.PeriodAsync(world.Manager, world.Manager.UserId, PlanWorld.Next, revision: 1)))!.Shown!.Revision.ShouldBe(1);
    }

    [Fact]
    public async Task Plans_are_read_by_their_owner_the_districts_market_manager_and_the_centre_only()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var owner = world.Manager.UserId;

        foreach (var outsider in new[] { world.OtherManager, world.AwayManager, world.AwayMarketManager })
        {
            (await world.ViewsAsync(v => v.PeriodsAsync(outsider, owner))).ShouldBeNull();
            (await world.ViewsAsync(v => v.PeriodAsync(outsider, owner, PlanWorld.Next))).ShouldBeNull();
            (await world.ViewsAsync(v => v.OwnersAsync(outsider, owner))).Owner.ShouldBeNull();
        }
        foreach (var reader in new[] { world.Manager, world.MarketManager, world.Administrator, world.Approver })
        {
            (await world.ViewsAsync(v => v.PeriodsAsync(reader, owner))).ShouldNotBeNull();
            (await world.ViewsAsync(v => v.OwnersAsync(reader, owner))).Owner!.UserId.ShouldBe(owner);
        }
        var district = await world.ViewsAsync(v => v.OwnersAsync(world.MarketManager, null));
        district.Choices.Select(c => c.UserId).ShouldBe([world.Manager.UserId, world.OtherManager.UserId], ignoreOrder: true);
        (await world.ViewsAsync(v => v.OwnersAsync(world.Manager, null))).Choices.Select(c => c.UserId).ShouldBe([owner]);
        (await world.ViewsAsync(v => v.PeriodsAsync(world.MarketManager, world.MarketManager.UserId))).ShouldBeNull(); // not an account manager
    }

    [Theory]
    [InlineData(0, PlanItemStatus.Done)]
    [InlineData(-1, PlanItemStatus.DoneOnAnotherDay)]
    [InlineData(null, PlanItemStatus.Missed)]
    public void A_past_day_is_done_done_on_another_day_or_missed(int? visitedOffset, PlanItemStatus expected)
    {
        var target = new VisitTarget(VisitKind.Store, 1, 7);
        var day = Today.AddDays(-2);
        var visits = visitedOffset is { } offset ? new[] { (day.AddDays(offset), target) } : [];
        var elsewhere = (day, new VisitTarget(VisitKind.Store, 1, 8));
        var hq = (day, new VisitTarget(VisitKind.Hq, 1, null));

        PlanVsActual.StatusOf(day, target, [.. visits, elsewhere, hq], Today).ShouldBe(expected);
    }
}
