using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;

namespace GroupCrm.Core.Tests.Visits.Plans;

/// <summary>Drafting, submitting, revising and discarding a plan, and every refusal on the way (nothing written).</summary>
public sealed class VisitPlansTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly Next = PlanWorld.Next;

    private static Task<RecordResult> StartAsync(PlanWorld world, Viewer viewer, DateOnly start) =>
        world.PlansAsync(p => p.StartAsync(viewer, start));

    private static async Task<RecordResult> AddAsync(PlanWorld world, Viewer viewer, int planId, DateOnly day, int account, int? store = null, uint? version = null)
    {
        var expected = version ?? await world.VersionAsync(planId);
        return await world.PlansAsync(p => p.AddAsync(viewer, planId, new PlannedVisitInput(day, account, store), expected));
    }

    private static async Task<RecordResult> SubmitAsync(PlanWorld world, Viewer viewer, int planId) =>
        await world.PlansAsync(async p => await p.SubmitAsync(viewer, planId, await world.VersionAsync(planId)));

    private static async Task<RecordResult> ReviseAsync(PlanWorld world, Viewer viewer, int planId) =>
        await world.PlansAsync(async p => await p.ReviseAsync(viewer, planId, await world.VersionAsync(planId)));

    private static string Message(RecordResult result) => result.Errors.Single().Message;

    [Fact]
    public async Task A_draft_is_filled_submitted_and_then_locked()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var store = await world.StoreAsync(account);

        var started = await StartAsync(world, world.Manager, Next);
        var plan = started.Id;
        (await StartAsync(world, world.Manager, Next)).Id.ShouldBe(plan); // opening again finds the same draft
        (await AddAsync(world, world.Manager, plan, Next, account, store)).Succeeded.ShouldBeTrue();
        (await AddAsync(world, world.Manager, plan, Next.AddDays(13), account)).Succeeded.ShouldBeTrue();
        (await SubmitAsync(world, world.Manager, plan)).Succeeded.ShouldBeTrue();
        var before = await world.SnapshotAsync(world.Manager);

        Message(await AddAsync(world, world.Manager, plan, Next.AddDays(1), account, store)).ShouldBe(PlanMessages.Locked);
        Message(await world.PlansAsync(async p => await p.RemoveAsync(world.Manager, plan, (await world.PlanOfAsync(plan))!.Visits[0].Id, await world.VersionAsync(plan))))
            .ShouldBe(PlanMessages.Locked);
        Message(await world.PlansAsync(async p => await p.DiscardAsync(world.Manager, plan, await world.VersionAsync(plan)))).ShouldBe(PlanMessages.Locked);
        Message(await SubmitAsync(world, world.Manager, plan)).ShouldBe(PlanMessages.Locked);
        Message(await StartAsync(world, world.Manager, Next)).ShouldBe(PlanMessages.SubmittedUseRevise);

        var saved = (await world.PlanOfAsync(plan))!;
        saved.State.ShouldBe(VisitPlanState.Submitted);
        saved.Revision.ShouldBe(1);
        saved.SubmittedAt.ShouldBe(PlanWorld.Wednesday);
        saved.Visits.Select(v => (v.Day, v.Kind, v.StoreId)).OrderBy(v => v.Day)
            .ShouldBe([(Next, VisitKind.Store, (int?)store), (Next.AddDays(13), VisitKind.Hq, null)]);
        (await world.SnapshotAsync(world.Manager)).ShouldBe(before);
    }

    [Fact]
    public async Task A_revision_copies_the_latest_submitted_plan_and_becomes_the_plan_in_force_once_submitted()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var (a, b) = (await world.StoreAsync(account, name: "A店"), await world.StoreAsync(account, name: "B店"));
        var first = (await StartAsync(world, world.Manager, Next)).Id;
        await AddAsync(world, world.Manager, first, Next, account, a);
        await SubmitAsync(world, world.Manager, first);

        var second = (await ReviseAsync(world, world.Manager, first)).Id;
        Message(await ReviseAsync(world, world.Manager, first)).ShouldBe(PlanMessages.RevisionInDraft);
        var draft = (await world.PlanOfAsync(second))!;
        (draft.Revision, draft.State).ShouldBe((2, VisitPlanState.Draft));
        draft.Visits.Select(v => (v.Day, v.StoreId)).ShouldBe([(Next, (int?)a)]);
        (await InForceAsync(world)).ShouldBe(1);

        await AddAsync(world, world.Manager, second, Next.AddDays(2), account, b);
        (await SubmitAsync(world, world.Manager, second)).Succeeded.ShouldBeTrue();
        (await InForceAsync(world)).ShouldBe(2);
        Message(await ReviseAsync(world, world.Manager, first)).ShouldBe(PlanMessages.NotLatestRevision);

        // A discarded revision leaves its number free for the next one.
        var third = (await ReviseAsync(world, world.Manager, second)).Id;
        (await world.PlansAsync(async p => await p.DiscardAsync(world.Manager, third, await world.VersionAsync(third)))).Succeeded.ShouldBeTrue();
        (await world.PlanOfAsync(third)).ShouldBeNull();
        var again = (await ReviseAsync(world, world.Manager, second)).Id;
        (await world.PlanOfAsync(again))!.Revision.ShouldBe(3);
        (await world.PlanOfAsync(first))!.Visits.Count.ShouldBe(1);
        (await world.PlanOfAsync(second))!.Visits.Count.ShouldBe(2);
    }

    private static async Task<int?> InForceAsync(PlanWorld world)
    {
        var rows = await world.ViewsAsync(v => v.PeriodsAsync(world.Manager, world.Manager.UserId));
        return rows!.Single(r => r.Start == Next).InForceRevision;
    }

    [Fact]
    public async Task A_period_that_has_begun_takes_no_plan_and_no_change()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var draft = await world.PlanAsync(world.Manager, PlanWorld.Current, 1, VisitPlanState.Draft, (PlanWorld.Today.AddDays(1), account, null));
        var before = await world.SnapshotAsync(world.Manager);

        Message(await StartAsync(world, world.Manager, PlanWorld.Current)).ShouldBe(PlanMessages.AlreadyStarted);
        Message(await StartAsync(world, world.Manager, PlanWorld.Previous)).ShouldBe(PlanMessages.AlreadyStarted);
        Message(await AddAsync(world, world.Manager, draft, PlanWorld.Today.AddDays(2), account)).ShouldBe(PlanMessages.AlreadyStarted);
        Message(await SubmitAsync(world, world.Manager, draft)).ShouldBe(PlanMessages.AlreadyStarted);
        Message(await world.PlansAsync(async p => await p.DiscardAsync(world.Manager, draft, await world.VersionAsync(draft)))).ShouldBe(PlanMessages.AlreadyStarted);

        (await world.SnapshotAsync(world.Manager)).ShouldBe(before);
    }

    [Fact]
    public async Task A_period_starting_today_in_the_organisations_time_zone_has_begun()
    {
        // 00:30 on Monday 23 March in Shanghai is still Sunday in UTC.
        await using var world = await PlanWorld.CreateAsync(fixture, new DateTimeOffset(2026, 3, 22, 16, 30, 0, TimeSpan.Zero));
        var account = await world.AccountAsync();
        var draft = await world.PlanAsync(world.Manager, Next, 1, VisitPlanState.Draft, (Next, account, null));

        Message(await StartAsync(world, world.Manager, Next)).ShouldBe(PlanMessages.AlreadyStarted);
        Message(await SubmitAsync(world, world.Manager, draft)).ShouldBe(PlanMessages.AlreadyStarted);
        (await world.PlanOfAsync(draft))!.State.ShouldBe(VisitPlanState.Draft);
        (await StartAsync(world, world.Manager, PlanWorld.AfterNext)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Only_period_starts_within_a_year_are_planned()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);

        var tuesday = await StartAsync(world, world.Manager, Next.AddDays(1));
        var otherMonday = await StartAsync(world, world.Manager, Next.AddDays(7));
        var faraway = await StartAsync(world, world.Manager, Next.AddDays(30 * 14));

        Message(tuesday).ShouldBe(PlanMessages.NotAPeriodStart);
        tuesday.Errors.Single().Arguments.ShouldBe(["2026-03-24", "2026-03-23"]);
        Message(otherMonday).ShouldBe(PlanMessages.NotAPeriodStart);
        Message(faraway).ShouldBe(PlanMessages.TooFarAhead);
        (await world.SnapshotAsync(world.Manager)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Entries_must_be_days_of_the_period_and_the_HQ_or_active_stores_of_the_owners_own_visitable_accounts()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var store = await world.StoreAsync(account);
        var closedStore = await world.StoreAsync(account, active: false);
        var sister = await world.AccountAsync();
        var sisterStore = await world.StoreAsync(sister);
        var colleagues = await world.AccountAsync(manager: world.OtherManager);
        var colleaguesStore = await world.StoreAsync(colleagues);
        var onboarding = await world.AccountAsync(AccountState.UnderReview);
        var suspended = await world.AccountAsync(AccountState.Suspended);
        var plan = (await StartAsync(world, world.Manager, Next)).Id;
        (await AddAsync(world, world.Manager, plan, Next, account, store)).Succeeded.ShouldBeTrue();
        var before = await world.SnapshotAsync(world.Manager);

        var early = await AddAsync(world, world.Manager, plan, Next.AddDays(-1), account, store);
        Message(early).ShouldBe(PlanMessages.DayOutsidePeriod);
        early.Errors.Single().Arguments.ShouldBe(["2026-03-23", "2026-04-05"]);
        Message(await AddAsync(world, world.Manager, plan, Next.AddDays(14), account, store)).ShouldBe(PlanMessages.DayOutsidePeriod);
        Message(await AddAsync(world, world.Manager, plan, Next, colleagues)).ShouldBe(PlanMessages.NotYourAccount);
        Message(await AddAsync(world, world.Manager, plan, Next, colleagues, colleaguesStore)).ShouldBe(PlanMessages.NotYourAccount);
        Message(await AddAsync(world, world.Manager, plan, Next, account, colleaguesStore)).ShouldBe(PlanMessages.StoreOfOtherAccount);
        Message(await AddAsync(world, world.Manager, plan, Next, account, sisterStore)).ShouldBe(PlanMessages.StoreOfOtherAccount);
        Message(await AddAsync(world, world.Manager, plan, Next, account, 999_999)).ShouldBe(PlanMessages.StoreOfOtherAccount);
        Message(await AddAsync(world, world.Manager, plan, Next, account, closedStore)).ShouldBe(PlanMessages.StoreInactive);
        Message(await AddAsync(world, world.Manager, plan, Next, onboarding)).ShouldBe(VisitAccess.NotVisitableMessage);
        Message(await AddAsync(world, world.Manager, plan, Next, account, store)).ShouldBe(PlanMessages.AlreadyPlanned);
        (await world.SnapshotAsync(world.Manager)).ShouldBe(before);

        (await AddAsync(world, world.Manager, plan, Next.AddDays(1), account, store)).Succeeded.ShouldBeTrue(); // the same store another day
        (await AddAsync(world, world.Manager, plan, Next, account)).Succeeded.ShouldBeTrue(); // and its HQ the same day
        (await AddAsync(world, world.Manager, plan, Next, suspended)).Succeeded.ShouldBeTrue();
        Message(await AddAsync(world, world.Manager, plan, Next, account)).ShouldBe(PlanMessages.AlreadyPlanned);
    }

    [Fact]
    public async Task An_empty_plan_or_one_with_visits_no_longer_possible_cannot_be_submitted()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var store = await world.StoreAsync(account);
        var plan = (await StartAsync(world, world.Manager, Next)).Id;

        Message(await SubmitAsync(world, world.Manager, plan)).ShouldBe(PlanMessages.EmptyPlan);
        await AddAsync(world, world.Manager, plan, Next, account, store);
        await world.SetStoreActiveAsync(store, false);
        Message(await SubmitAsync(world, world.Manager, plan)).ShouldBe(PlanMessages.NoLongerPossible);
        var view = await world.ViewsAsync(v => v.PeriodAsync(world.Manager, world.Manager.UserId, Next));
        view!.Days[0].Items.Single().Possible.ShouldBeFalse();

        var stale = view.Days[0].Items.Single().Id;
        (await world.PlansAsync(async p => await p.RemoveAsync(world.Manager, plan, stale, await world.VersionAsync(plan)))).Succeeded.ShouldBeTrue();
        Message(await world.PlansAsync(async p => await p.RemoveAsync(world.Manager, plan, stale, await world.VersionAsync(plan)))).ShouldBe(PlanMessages.NoSuchPlannedVisit);
        Message(await SubmitAsync(world, world.Manager, plan)).ShouldBe(PlanMessages.EmptyPlan);
        (await world.PlanOfAsync(plan))!.State.ShouldBe(VisitPlanState.Draft);
    }

    [Fact]
    public async Task A_form_showing_an_older_version_of_the_plan_is_refused()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var store = await world.StoreAsync(account);
        var plan = (await StartAsync(world, world.Manager, Next)).Id;
        var shown = await world.VersionAsync(plan);
        (await AddAsync(world, world.Manager, plan, Next, account, store, shown)).Succeeded.ShouldBeTrue();
        var before = await world.SnapshotAsync(world.Manager);

        (await AddAsync(world, world.Manager, plan, Next.AddDays(1), account, store, shown)).IsConflict.ShouldBeTrue();
        (await world.PlansAsync(p => p.SubmitAsync(world.Manager, plan, shown))).IsConflict.ShouldBeTrue();
        (await world.PlansAsync(p => p.DiscardAsync(world.Manager, plan, shown))).IsConflict.ShouldBeTrue();
        var visit = (await world.PlanOfAsync(plan))!.Visits.Single().Id;
        (await world.PlansAsync(p => p.RemoveAsync(world.Manager, plan, visit, shown))).IsConflict.ShouldBeTrue();

        (await world.SnapshotAsync(world.Manager)).ShouldBe(before);
    }

    [Fact]
    public async Task Only_the_plans_own_account_manager_changes_it()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var store = await world.StoreAsync(account);
        var plan = (await StartAsync(world, world.Manager, Next)).Id;
        await AddAsync(world, world.Manager, plan, Next, account, store);
        var before = await world.SnapshotAsync(world.Manager);

        foreach (var (viewer, notFound) in new[]
        {
            (world.OtherManager, true), (world.AwayManager, true), (world.AwayMarketManager, true),
            (world.MarketManager, false), (world.Administrator, false), (world.Approver, false),
        })
        {
            var results = new[]
            {
                await AddAsync(world, viewer, plan, Next.AddDays(1), account, store),
                await SubmitAsync(world, viewer, plan),
                await world.PlansAsync(async p => await p.DiscardAsync(viewer, plan, await world.VersionAsync(plan))),
            };
            results.ShouldAllBe(r => notFound ? r.NotFound : r.Forbidden, viewer.Role);
        }
        foreach (var viewer in new[] { world.MarketManager, world.Administrator, world.Approver })
            (await StartAsync(world, viewer, PlanWorld.AfterNext)).Forbidden.ShouldBeTrue();

        (await world.SnapshotAsync(world.Manager)).ShouldBe(before);
        (await world.SnapshotAsync(world.MarketManager)).ShouldBeEmpty();
    }
}
