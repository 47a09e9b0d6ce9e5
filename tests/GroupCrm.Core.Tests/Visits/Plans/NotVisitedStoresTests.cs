using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;

namespace GroupCrm.Core.Tests.Visits.Plans;

/// <summary>The "stores not yet visited this month" helper shown while drafting.</summary>
public sealed class NotVisitedStoresTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task It_lists_the_active_stores_of_the_owners_visitable_accounts_that_the_owner_has_not_visited_in_the_month()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var zeta = await world.AccountAsync(name: "Zeta");
        var alpha = await world.AccountAsync(name: "Alpha");
        var onboarding = await world.AccountAsync(AccountState.UnderReview);
        var colleagues = await world.AccountAsync(manager: world.OtherManager);
        var visited = await world.StoreAsync(alpha, name: "1 visited in March");
        var byMarketManager = await world.StoreAsync(alpha, name: "2 seen by the market manager");
        var lastMonth = await world.StoreAsync(alpha, name: "3 visited in February");
        await world.StoreAsync(alpha, active: false, name: "4 inactive");
        var zetaStore = await world.StoreAsync(zeta, name: "5 never visited");
        await world.StoreAsync(onboarding, name: "6 onboarding");
        await world.StoreAsync(colleagues, name: "7 someone else's");
        await world.VisitAsync(world.Manager, alpha, visited, new DateOnly(2026, 3, 2));
        await world.VisitAsync(world.MarketManager, alpha, byMarketManager, new DateOnly(2026, 3, 3));
        await world.VisitAsync(world.Manager, alpha, lastMonth, new DateOnly(2026, 2, 27));
        await world.VisitAsync(world.Manager, alpha, null, new DateOnly(2026, 3, 4)); // an HQ visit covers no store
        var plan = (await world.PlansAsync(p => p.StartAsync(world.Manager, PlanWorld.Next))).Id;
        await world.PlansAsync(async p => await p.AddAsync(world.Manager, plan, new(PlanWorld.Next.AddDays(2), zeta, zetaStore), await world.VersionAsync(plan)));

        var helper = (await world.RunAsync<NotVisitedStores, NotVisitedThisMonth?>(h => h.ForPeriodAsync(world.Manager, world.Manager.UserId, PlanWorld.Next)))!;

        helper.Month.ShouldBe(new DateOnly(2026, 3, 1));
        helper.Stores.Select(s => (s.AccountId, s.StoreName)).ShouldBe([
            (alpha, "2 seen by the market manager"), (alpha, "3 visited in February"), (zeta, "5 never visited"),
        ]);
        helper.Stores.Single(s => s.StoreId == zetaStore).PlannedOn.ShouldBe([PlanWorld.Next.AddDays(2)]);
        helper.Stores.Single(s => s.StoreId == lastMonth).PlannedOn.ShouldBeEmpty();
    }

    [Fact]
    public async Task It_looks_at_the_month_the_period_starts_in_and_can_keep_to_one_account()
    {
        await using var world = await PlanWorld.CreateAsync(fixture);
        var account = await world.AccountAsync();
        var other = await world.AccountAsync();
        var store = await world.StoreAsync(account);
        await world.StoreAsync(other);
        await world.VisitAsync(world.Manager, account, store, new DateOnly(2026, 3, 10));

        var march = await world.RunAsync<NotVisitedStores, NotVisitedThisMonth?>(h => h.ForPeriodAsync(world.Manager, world.Manager.UserId, PlanWorld.Next, account));
        var april = await world.RunAsync<NotVisitedStores, NotVisitedThisMonth?>(h => h.ForPeriodAsync(world.Manager, world.Manager.UserId, PlanWorld.AfterNext, account));
        var stranger = await world.RunAsync<NotVisitedStores, NotVisitedThisMonth?>(h => h.ForPeriodAsync(world.OtherManager, world.Manager.UserId, PlanWorld.Next));

        march!.Stores.ShouldBeEmpty();
        april!.Month.ShouldBe(new DateOnly(2026, 4, 1));
        april.Stores.Select(s => s.StoreId).ShouldBe([store]);
        stranger.ShouldBeNull();
    }
}
