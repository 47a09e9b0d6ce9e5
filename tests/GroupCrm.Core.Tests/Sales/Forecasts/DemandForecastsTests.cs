using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Forecasts;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Sales.Targets;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Sales.Forecasts;

/// <summary>Entering next month's forecast: the pre-filled form, the upsert, and who may enter which month.</summary>
public sealed class DemandForecastsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    // The current month is March 2026: the form is for April, from September 2025 to February 2026.
    private static readonly DateOnly March = SalesWorld.CurrentMonth, April = March.AddMonths(1);

    private static Task<RecordResult> SaveAsync(SalesWorld world, Viewer viewer, int account, DateOnly month, params ForecastEntry[] entries) =>
        world.RunAsync<DemandForecasts, RecordResult>(f => f.SaveAsync(viewer, account, month, entries));

    private static async Task<Dictionary<int, int>> SavedAsync(SalesWorld world, int account)
    {
        await using var db = world.Db();
        return await db.DemandForecasts.Where(f => f.AccountId == account && f.Month == April).ToDictionaryAsync(f => f.ProductId, f => f.Quantity);
    }

    [Fact]
    public async Task The_form_lists_the_products_bought_in_the_last_six_closed_months_prefilled_from_the_trend()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        var (steady, _) = await world.ProductAsync();
        var (fading, _) = await world.ProductAsync();
        var (old, _) = await world.ProductAsync();
        var (retired, _) = await world.ProductAsync(active: false);
        int[] quantities = [10, 10, 10, 12, 12, 12];
        for (var i = 0; i < 6; i++) await world.SaleAsync(account, steady, March.AddMonths(i - 6), quantities[i]);
        await world.SaleAsync(account, steady, March, 500); // the current month is still being sold: ignored
        await world.SaleAsync(account, fading, March.AddMonths(-6), 5);
        await world.SaleAsync(account, old, March.AddMonths(-7), 40); // seven months ago: not listed
        await world.SaleAsync(account, retired, March.AddMonths(-1), 9);

        var sheet = (await world.RunAsync<DemandForecasts, ForecastSheet?>(f => f.SheetAsync(world.Manager, account)))!;

        sheet.Month.ShouldBe(April);
        sheet.HistoryMonths.ShouldBe([.. Enumerable.Range(-6, 6).Select(March.AddMonths)]);
        sheet.Lines.Select(l => (l.ProductId, l.Suggested, l.Saved)).ShouldBe([(steady, 14, (int?)null), (fading, 0, null)]);
        sheet.Lines[0].History.ShouldBe(quantities);
        sheet.OtherProducts.ShouldContain(p => p.Id == old);
        sheet.OtherProducts.ShouldNotContain(p => p.Id == retired);
    }

    [Fact]
    public async Task Saving_upserts_the_lines_and_a_blank_quantity_removes_a_saved_line()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        var (a, _) = await world.ProductAsync();
        var (b, _) = await world.ProductAsync();

        (await SaveAsync(world, world.Manager, account, April, new ForecastEntry(a, 14, 0), new ForecastEntry(b, 3, 0))).Succeeded.ShouldBeTrue();
        var sheet = (await world.RunAsync<DemandForecasts, ForecastSheet?>(f => f.SheetAsync(world.Manager, account)))!;
        var versions = sheet.Lines.ToDictionary(l => l.ProductId, l => l.Version);
        sheet.Lines.Select(l => l.Saved).ShouldBe([14, 3]);
        (await SaveAsync(world, world.Admin, account, April, new ForecastEntry(a, 20, versions[a]), new ForecastEntry(b, null, versions[b]))).Succeeded.ShouldBeTrue();

        (await SavedAsync(world, account)).ShouldBe(new Dictionary<int, int> { [a] = 20 });
    }

    [Fact]
    public async Task Only_next_month_is_open_the_current_and_past_months_are_refused()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        var (a, _) = await world.ProductAsync();

        foreach (var month in new[] { March, March.AddMonths(-1), March.AddMonths(2) })
            (await SaveAsync(world, world.Manager, account, month, new ForecastEntry(a, 1, 0))).Errors.Single().Message.ShouldBe(ForecastRules.OnlyNextMonth);
        await using var db = world.Db();
        (await db.DemandForecasts.CountAsync(f => f.AccountId == account)).ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_accounts_manager_and_administrators_enter_forecasts()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        var (a, _) = await world.ProductAsync();

        (await SaveAsync(world, world.OtherManager, account, April, new ForecastEntry(a, 1, 0))).NotFound.ShouldBeTrue();
        (await SaveAsync(world, world.OtherMarketManager, account, April, new ForecastEntry(a, 2, 0))).NotFound.ShouldBeTrue();
        (await SaveAsync(world, world.MarketManager, account, April, new ForecastEntry(a, 3, 0))).Forbidden.ShouldBeTrue();
        (await SaveAsync(world, world.MarketingCentre, account, April, new ForecastEntry(a, 4, 0))).Forbidden.ShouldBeTrue();
        (await world.RunAsync<DemandForecasts, ForecastSheet?>(f => f.SheetAsync(world.OtherManager, account))).ShouldBeNull();
        (await SavedAsync(world, account)).ShouldBeEmpty();
        var rows = await world.RunAsync<DemandForecasts, List<ForecastAccountRow>>(f => f.AccountsAsync(world.OtherManager));
        rows.ShouldNotContain(r => r.AccountId == account);
    }

    [Fact]
    public async Task A_stale_line_refuses_the_whole_save_and_bad_lines_are_named()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        var (pending, _) = await world.AccountAsync(world.Manager, AccountState.PendingApproval);
        var (a, _) = await world.ProductAsync();
        var (b, _) = await world.ProductAsync();
        var (retired, _) = await world.ProductAsync(active: false);
        (await SaveAsync(world, world.Manager, account, April, new ForecastEntry(a, 10, 0))).Succeeded.ShouldBeTrue();

        var stale = await SaveAsync(world, world.Manager, account, April, new ForecastEntry(b, 5, 0), new ForecastEntry(a, 11, 0));
        var bad = await SaveAsync(world, world.Manager, account, April, new ForecastEntry(b, -1, 0), new ForecastEntry(retired, 5, 0), new ForecastEntry(b, 5, 0));
        var inactiveAccount = await SaveAsync(world, world.Manager, pending, April, new ForecastEntry(a, 1, 0));

        stale.IsConflict.ShouldBeTrue();
        bad.Errors.Select(e => (e.Field, e.Message)).ShouldBe([
            ("Lines[0].Quantity", "The quantity must be a whole number from 0 to 10,000,000."),
            ("Lines[1].Quantity", "Choose an active product."),
            ("Lines[2].Quantity", "This product is entered twice."),
        ]);
        inactiveAccount.Errors.Single().Message.ShouldBe(ForecastRules.ActiveAccountsOnly);
        (await SavedAsync(world, account)).ShouldBe(new Dictionary<int, int> { [a] = 10 });
    }
}
