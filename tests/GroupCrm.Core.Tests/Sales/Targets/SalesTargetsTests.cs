using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Targets;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Sales.Targets;

/// <summary>Setting targets: who, which months, upsert on (account, month, product), and no silent overwrite.</summary>
public sealed class SalesTargetsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly March = SalesWorld.CurrentMonth;

    private static Task<RecordResult> SetAsync(SalesWorld world, Viewer viewer, int account, DateOnly month, int? product, int quantity, uint version = 0) =>
        world.RunAsync<SalesTargets, RecordResult>(t => t.SetAsync(viewer, account, month, product, quantity, version));

    private static async Task<List<(int? Product, int Quantity, uint Version)>> TargetsAsync(SalesWorld world, int account)
    {
        await using var db = world.Db();
        return [.. (await db.SalesTargets.Where(t => t.AccountId == account).OrderBy(t => t.ProductId).ToListAsync())
            .Select(t => (t.ProductId, t.Quantity, t.Version))];
    }

    [Fact]
    public async Task The_market_manager_sets_a_total_and_a_product_target_and_a_second_save_updates_them_in_place()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        var (product, _) = await world.ProductAsync();

        (await SetAsync(world, world.MarketManager, account, March, null, 1200)).Succeeded.ShouldBeTrue();
        (await SetAsync(world, world.MarketManager, account, March.AddMonths(1), product, 300)).Succeeded.ShouldBeTrue();
        var total = (await TargetsAsync(world, account)).Single(t => t.Product is null);
        (await SetAsync(world, world.MarketManager, account, March, null, 1500, total.Version)).Succeeded.ShouldBeTrue();

        var targets = await TargetsAsync(world, account);
        targets.Select(t => (t.Product, t.Quantity)).ShouldBe([(product, 300), (null, 1500)], ignoreOrder: true);
        await using var db = world.Db();
        (await db.SalesTargets.Where(t => t.AccountId == account).Select(t => t.SetById).Distinct().SingleAsync()).ShouldBe(world.MarketManager.UserId);
    }

    [Fact]
    public async Task A_closed_month_or_one_more_than_24_months_ahead_is_refused_and_nothing_is_written()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);

        var past = await SetAsync(world, world.MarketManager, account, March.AddMonths(-1), null, 100);
        var far = await SetAsync(world, world.Admin, account, March.AddMonths(25), null, 100);
        var farthest = await SetAsync(world, world.Admin, account, March.AddMonths(24), null, 100);

        past.Errors.Single().Message.ShouldBe("This month has closed; its targets can no longer change.");
        far.Errors.Single().Message.ShouldBe(TargetRules.TooFarAhead);
        farthest.Succeeded.ShouldBeTrue();
        (await TargetsAsync(world, account)).Select(t => t.Quantity).ShouldBe([100]);
    }

    [Fact]
    public async Task Only_the_districts_market_manager_and_administrators_set_targets()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);

        (await SetAsync(world, world.OtherMarketManager, account, March, null, 1)).NotFound.ShouldBeTrue();
        (await SetAsync(world, world.OtherManager, account, March, null, 2)).NotFound.ShouldBeTrue();
        (await SetAsync(world, world.Manager, account, March, null, 3)).Forbidden.ShouldBeTrue();
        (await SetAsync(world, world.MarketingCentre, account, March, null, 4)).Forbidden.ShouldBeTrue();
        (await TargetsAsync(world, account)).ShouldBeEmpty();
        (await SetAsync(world, world.Admin, account, March, null, 5)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Another_districts_market_manager_neither_lists_nor_reads_the_accounts_targets()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        (await SetAsync(world, world.MarketManager, account, March, null, 800)).Succeeded.ShouldBeTrue();

        var away = await world.RunAsync<SalesTargets, List<TargetListRow>>(t => t.ListAsync(world.OtherMarketManager, March));
        var home = await world.RunAsync<SalesTargets, List<TargetListRow>>(t => t.ListAsync(world.MarketManager, March));
        var owner = await world.RunAsync<SalesTargets, List<TargetListRow>>(t => t.ListAsync(world.Manager, March));

        away.ShouldNotContain(r => r.AccountId == account);
        (await world.RunAsync<SalesTargets, AccountTargets?>(t => t.ForAccountAsync(world.OtherMarketManager, account, March))).ShouldBeNull();
        home.Single(r => r.AccountId == account).ShouldSatisfyAllConditions(r => r.Total.ShouldBe(800), r => r.CanSet.ShouldBeTrue());
        owner.Single(r => r.AccountId == account).ShouldSatisfyAllConditions(r => r.Total.ShouldBe(800), r => r.CanSet.ShouldBeFalse());
    }

    [Fact]
    public async Task A_save_from_a_stale_form_is_refused_and_the_other_save_stands()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        (await SetAsync(world, world.MarketManager, account, March, null, 1000)).Succeeded.ShouldBeTrue();
        var seen = (await TargetsAsync(world, account)).Single().Version;

        (await SetAsync(world, world.Admin, account, March, null, 1100, seen)).Succeeded.ShouldBeTrue();
        var stale = await SetAsync(world, world.MarketManager, account, March, null, 900, seen);
        var blind = await SetAsync(world, world.MarketManager, account, March, null, 800, 0);

        stale.IsConflict.ShouldBeTrue();
        blind.IsConflict.ShouldBeTrue(); // the form saw no target, but one was set meanwhile
        (await TargetsAsync(world, account)).Single().Quantity.ShouldBe(1100);
    }

    [Fact]
    public async Task Bad_quantities_inactive_products_and_closed_accounts_are_refused()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        var (closed, _) = await world.AccountAsync(world.Manager, AccountState.Closed);
        var (inactive, _) = await world.ProductAsync(active: false);

        (await SetAsync(world, world.MarketManager, account, March, null, -1)).Errors.Single().Message.ShouldBe(SalesQuantity.OutOfRange);
        (await SetAsync(world, world.MarketManager, account, March, null, 10_000_001)).Errors.Single().Message.ShouldBe(SalesQuantity.OutOfRange);
        (await SetAsync(world, world.MarketManager, account, March, inactive, 5)).Errors.Single().Message.ShouldBe(TargetRules.InactiveProduct);
        (await SetAsync(world, world.MarketManager, closed, March, null, 5)).Errors.Single().Message.ShouldBe(TargetRules.NoTargets);
        (await TargetsAsync(world, account)).ShouldBeEmpty();
        (await SetAsync(world, world.MarketManager, account, March, null, 10_000_000)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_product_target_can_be_removed_with_its_version_and_the_account_page_lists_what_is_set()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        var (product, code) = await world.ProductAsync();
        await SetAsync(world, world.MarketManager, account, March, null, 700);
        await SetAsync(world, world.MarketManager, account, March, product, 70);

        var page = (await world.RunAsync<SalesTargets, AccountTargets?>(t => t.ForAccountAsync(world.MarketManager, account, March)))!;
        page.CanEdit.ShouldBeTrue();
        page.Total!.Quantity.ShouldBe(700);
        page.Products.Single().ShouldSatisfyAllConditions(p => p.Code.ShouldBe(code), p => p.Quantity.ShouldBe(70));
        var removed = await world.RunAsync<SalesTargets, RecordResult>(t => t.RemoveAsync(world.MarketManager, account, March, product, page.Products[0].Version));

        removed.Succeeded.ShouldBeTrue();
        (await TargetsAsync(world, account)).Select(t => t.Quantity).ShouldBe([700]);
        var past = (await world.RunAsync<SalesTargets, AccountTargets?>(t => t.ForAccountAsync(world.MarketManager, account, March.AddMonths(-1))))!;
        (past.CanEdit, past.Refusal).ShouldBe((false, TargetRules.Closed));
    }
}
