using GroupCrm.Core.Sales;
using GroupCrm.Core.Sales.Forecasts;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Sales.Targets;

namespace GroupCrm.Core.Tests.Sales.Forecasts;

/// <summary>Scores from the database: the months scored, the table per account and manager, who sees which rows, and the drill-down.</summary>
public sealed class ForecastScoresTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    // February 2026 is the last closed month; December 2025 has no sales imported in this class's database.
    private static readonly DateOnly Feb = SalesWorld.CurrentMonth.AddMonths(-1), Jan = Feb.AddMonths(-1), Dec = Jan.AddMonths(-1);

    private static async Task ForecastAsync(SalesWorld world, int account, int product, DateOnly month, int quantity, int by)
    {
        await using var db = world.Db();
        db.DemandForecasts.Add(new DemandForecast { AccountId = account, ProductId = product, Month = month, Quantity = quantity, EnteredById = by, EnteredAt = default });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Accounts_and_managers_are_scored_per_month_by_the_quantity_weighted_mean_and_seen_by_the_right_people()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (mine, _) = await world.AccountAsync(world.Manager, name: "甲 <b>chain</b>");
        var (theirs, _) = await world.AccountAsync(world.OtherManager);
        var (p, _) = await world.ProductAsync();
        var (q, _) = await world.ProductAsync();
        var (r, _) = await world.ProductAsync();
        await world.SaleAsync(mine, p, Feb, 100);
        await world.SaleAsync(mine, q, Feb, 20);
        await world.SaleAsync(mine, r, Feb, 7);   // sold without a forecast
        await world.SaleAsync(mine, p, Jan, 50);
        await world.SaleAsync(theirs, p, Feb, 40);
        await ForecastAsync(world, mine, p, Feb, 90, world.Manager.UserId);
        await ForecastAsync(world, mine, q, Feb, 30, world.Manager.UserId);
        await ForecastAsync(world, mine, p, Jan, 150, world.Manager.UserId);
        await ForecastAsync(world, mine, p, Dec, 10, world.Manager.UserId); // no actuals imported for December: not scored
        await ForecastAsync(world, theirs, p, Feb, 40, world.OtherManager.UserId);

        var own = await world.RunAsync<ForecastScores, AccuracyTable>(s => s.TableAsync(world.Manager));
        var district = await world.RunAsync<ForecastScores, AccuracyTable>(s => s.TableAsync(world.MarketManager));
        var away = await world.RunAsync<ForecastScores, AccuracyTable>(s => s.TableAsync(world.OtherMarketManager));

        own.Months.ShouldBe([Jan, Feb]);
        var row = own.Accounts.Single();
        (row.Id, row.Name).ShouldBe((mine, "甲 <b>chain</b>"));
        row.Months[0].Accuracy!.Value.ShouldBe(0.0, 1e-12);                          // 150 for 50: off by more than the actual
        row.Months[1].Accuracy!.Value.ShouldBe((0.9 * 100 + 0.5 * 20) / 120, 1e-12);
        row.Months[1].NotForecast.ShouldBe(1);
        row.Overall.Accuracy!.Value.ShouldBe((0 + 90 + 10) / 170.0, 1e-12);
        own.Managers.Single().Id.ShouldBe(world.Manager.UserId);

        district.Accounts.Select(a => a.Id).ShouldBe([mine, theirs], ignoreOrder: true);
        district.Managers.Single(m => m.Id == world.OtherManager.UserId).Overall.Accuracy.ShouldBe(1.0);
        away.Accounts.ShouldBeEmpty();
        away.Managers.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_drill_down_lists_the_scored_lines_and_the_products_not_forecast()
    {
        await using var world = await new SalesWorld(fixture).StartAsync();
        var (account, _) = await world.AccountAsync(world.Manager);
        var (p, pCode) = await world.ProductAsync();
        var (q, qCode) = await world.ProductAsync();
        var (r, rCode) = await world.ProductAsync();
        await world.SaleAsync(account, p, Feb, 80);
        await world.SaleAsync(account, r, Feb, 12);
        await ForecastAsync(world, account, p, Feb, 100, world.Manager.UserId);
        await ForecastAsync(world, account, q, Feb, 5, world.Manager.UserId);

        var detail = (await world.RunAsync<ForecastScores, AccountAccuracy?>(s => s.AccountAsync(world.MarketingCentre, account, null)))!;
        var hidden = await world.RunAsync<ForecastScores, AccountAccuracy?>(s => s.AccountAsync(world.OtherManager, account, Feb));

        detail.Month.ShouldBe(Feb);
        detail.Lines.Select(l => (l.Code, l.Forecast, l.Actual, l.Accuracy)).ShouldBe([(pCode, 100, 80, 0.75), (qCode, 5, 0, 0.0)]);
        detail.NotForecast.Select(l => (l.Code, l.Actual)).ShouldBe([(rCode, 12)]);
        detail.Accuracy.ShouldBe(0.75);
        hidden.ShouldBeNull();
    }
}
