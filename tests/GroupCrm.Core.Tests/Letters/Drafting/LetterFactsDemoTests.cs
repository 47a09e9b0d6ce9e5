using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Sales.Analytics;
using GroupCrm.Core.Sales.Forecasts;
using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Onboarding.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Letters.Drafting;

/// <summary>The letters' figures on the demo data agree with the account, district and forecast pages.</summary>
public sealed class LetterFactsDemoTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly DateOnly Month = DraftingDemo.MonthsBack(1);

    /// <summary>An active chain of a manager who forecasts, with a forecast for the month.</summary>
    private static async Task<int> ForecastingAccountAsync(GroupCrm.Core.Data.CrmDbContext db) =>
        await db.Accounts.Where(a => a.State == AccountState.Active && db.DemandForecasts.Any(f => f.AccountId == a.Id && f.Month == Month))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();

    [Fact]
    public async Task Totals_brands_and_the_best_store_are_those_of_the_account_page()
    {
        await using var services = DraftingDemo.Services(fixture.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var account = await ForecastingAccountAsync(db);

        var page = (await scope.ServiceProvider.GetRequiredService<AccountAnalytics>().ForAccountAsync(admin, account, Month)).ShouldNotBeNull();
        var letter = (await scope.ServiceProvider.GetRequiredService<LetterFacts>().ForAccountAsync(account, Month)).ShouldNotBeNull();

        letter.HasSales.ShouldBeTrue();
        var f = page.Figures;
        (letter.Sales.Quantity, letter.Sales.Amount).ShouldBe((f.Current.Quantity, f.Current.Amount));
        (letter.Sales.PreviousQuantity, letter.Sales.PreviousAmount).ShouldBe((f.Previous.Quantity, f.Previous.Amount));
        (letter.Sales.LastYearQuantity, letter.Sales.LastYearAmount).ShouldBe((f.LastYear.Quantity, f.LastYear.Amount));
        letter.Sales.PlannedQuantity.ShouldBe(f.Plan?.Planned);
        letter.Sales.PlannedQuantity.ShouldNotBeNull(); // the demo plans every active chain
        letter.Brands.Select(b => (b.Brand, b.Quantity, b.Amount, b.PreviousQuantity))
            .ShouldBe(page.Brands.Select(b => (b.Brand, b.Current.Quantity, b.Current.Amount, b.Previous.Quantity)));
        var best = page.BestStores[0];
        letter.BestStores[0].ShouldBe(new SnapshotStore(best.StoreId, best.Name, best.Quantity, best.PreviousQuantity));
        letter.BestStores.Count.ShouldBeInRange(1, 3);
        letter.WorstStores.Select(s => s.StoreId).Intersect(letter.BestStores.Select(s => s.StoreId)).ShouldBeEmpty();
    }

    [Fact]
    public async Task District_brand_trends_are_those_of_the_district_page()
    {
        await using var services = DraftingDemo.Services(fixture.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var letters = await scope.ServiceProvider.GetRequiredService<LetterFacts>().ForMonthAsync(Month);
        var districts = await db.Accounts.Where(a => a.State == AccountState.Active).Select(a => new { a.Id, a.DistrictId }).ToDictionaryAsync(a => a.Id, a => a.DistrictId);

        foreach (var district in districts.Values.Distinct())
        {
            var page = (await scope.ServiceProvider.GetRequiredService<DistrictAnalytics>().ForDistrictAsync(admin, district, Month)).ShouldNotBeNull();
            var letter = letters.First(l => districts[l.Account.Id] == district);
            letter.DistrictBrands.Select(b => (b.Brand, b.Quantity, b.LastYearQuantity))
                .ShouldBe(page.Brands.Select(b => (b.Brand, b.Quantity, b.LastYearQuantity)));
            letter.DistrictBrands.Count.ShouldBeGreaterThan(3);
            letter.Account.DistrictNameEn.ShouldBe(page.NameEn);
        }
    }

    [Fact]
    public async Task Forecast_accuracy_is_that_of_the_forecast_page()
    {
        await using var services = DraftingDemo.Services(fixture.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var account = await ForecastingAccountAsync(db);

        var page = (await scope.ServiceProvider.GetRequiredService<ForecastScores>().AccountAsync(admin, account, Month)).ShouldNotBeNull();
        var letter = (await scope.ServiceProvider.GetRequiredService<LetterFacts>().ForAccountAsync(account, Month)).ShouldNotBeNull();

        page.Month.ShouldBe(Month);
        var accuracy = letter.ForecastAccuracy.ShouldNotBeNull();
        accuracy.Accuracy.ShouldBe(Math.Round((decimal)page.Accuracy!.Value, 4));
        (accuracy.ForecastLines, accuracy.UnforecastProducts).ShouldBe((page.Lines.Count, page.NotForecast.Count));
    }

    [Fact]
    public async Task Every_active_chain_has_a_letter_with_sales_the_months_news_and_accuracy_only_where_forecast()
    {
        await using var services = DraftingDemo.Services(fixture.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        await using var db = fixture.CreateContext();

        var letters = await scope.ServiceProvider.GetRequiredService<LetterFacts>().ForMonthAsync(Month);

        letters.Select(l => l.Account.Id).ShouldBe(await DraftingDemo.ActiveAccountsAsync(db));
        letters.ShouldAllBe(l => l.HasSales && l.Sales.Quantity > 0);
        var forecasting = await db.DemandForecasts.Where(f => f.Month == Month).Select(f => f.AccountId).Distinct().ToListAsync();
        letters.Where(l => l.ForecastAccuracy != null).Select(l => l.Account.Id).ShouldBe(forecasting, ignoreOrder: true);
        var news = await scope.ServiceProvider.GetRequiredService<ProductNews>().ForMonthAsync(Month);
        letters[0].ProductNews.Select(n => n.Code).ShouldBe(news.Select(n => n.Code));
        // Suggestions have something to say on the demo's data.
        letters.Sum(l => l.Suggestions.StoresDown.Count).ShouldBeGreaterThan(0);
        letters.Sum(l => l.Suggestions.OutOfStocks.Count).ShouldBeGreaterThan(0);
    }
}
