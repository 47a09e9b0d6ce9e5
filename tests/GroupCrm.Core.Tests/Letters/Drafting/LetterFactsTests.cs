using GroupCrm.Core.Letters.Drafting;
using static GroupCrm.Core.Tests.Letters.Drafting.LetterWorld;

namespace GroupCrm.Core.Tests.Letters.Drafting;

/// <summary>The facts of May 2026 against the figures worked out by hand from the table in <see cref="LetterWorld"/>.</summary>
public sealed class LetterFactsTests(LetterWorld w) : IClassFixture<LetterWorld>
{
    private async Task<IReadOnlyList<LetterSnapshot>> MonthAsync(DateOnly month, IReadOnlyCollection<int>? accounts = null)
    {
        await using var db = w.Db();
        return await w.Facts(db).ForMonthAsync(month, accounts);
    }

    private async Task<LetterSnapshot> AccountAsync(int account) => (await MonthAsync(May)).Single(s => s.Account.Id == account);

    [Fact]
    public async Task Every_active_account_has_a_snapshot_by_id_and_a_draft_chain_has_none()
    {
        var snapshots = await MonthAsync(May);

        snapshots.Select(s => s.Account.Id).ShouldBe([w.A, w.B, w.C, w.W]);
        snapshots.ShouldAllBe(s => s.Month == May);
    }

    [Fact]
    public async Task The_account_and_its_manager_are_named_in_both_languages()
    {
        var a = await AccountAsync(w.A);

        a.Account.ShouldBe(new SnapshotAccount(w.A, "A 连锁", "A Chain", "东区", "East", "AM", "am@chain.example"));
    }

    [Fact]
    public async Task Totals_compare_the_month_with_the_plan_the_month_before_and_the_same_month_last_year()
    {
        var a = await AccountAsync(w.A);

        a.HasSales.ShouldBeTrue();
        // The closed store S4 sold only in April: it still counts in April's total, as on the account page.
        a.Sales.ShouldBe(new SnapshotTotals
        {
            Quantity = 255, Amount = 24_000m, PlannedQuantity = 250,
            PreviousQuantity = 310, PreviousAmount = 30_000m, LastYearQuantity = 120, LastYearAmount = 12_000m,
        });
        (await AccountAsync(w.B)).Sales.PlannedQuantity.ShouldBeNull();
    }

    [Fact]
    public async Task Brands_compare_the_month_with_the_month_before_most_sold_first()
    {
        var a = await AccountAsync(w.A);

        a.Brands.ShouldBe([new SnapshotBrand("Alpha", 225, 22_500m, 290), new SnapshotBrand("Beta", 30, 1_500m, 20)]);
    }

    [Fact]
    public async Task The_best_and_worst_three_stores_are_among_those_that_sold_in_either_month_and_never_overlap()
    {
        var a = await AccountAsync(w.A);

        // The new store S3 (nothing in April) ranks by its May quantity; the closed S4 sold only in April and is worst.
        a.BestStores.Select(s => (s.Name, s.Quantity, s.PreviousQuantity)).ShouldBe([("S1", 120L, 100L), ("S6", 75L, 100L), ("S2", 40L, 50L)]);
        a.WorstStores.Select(s => (s.Name, s.Quantity, s.PreviousQuantity)).ShouldBe([("S4", 0L, 30L), ("S7", 2L, 20L), ("S5", 8L, 10L)]);
        a.BestStores[0].StoreId.ShouldBe(w.Stores["S1"]);
    }

    [Fact]
    public async Task A_chain_of_one_store_shows_it_as_best_and_has_no_worst()
    {
        var b = await AccountAsync(w.B);

        b.BestStores.Select(s => (s.Name, s.Quantity, s.PreviousQuantity)).ShouldBe([("T1", 108L, 0L)]);
        b.WorstStores.ShouldBeEmpty();
    }

    [Fact]
    public async Task District_brand_trends_cover_every_account_of_the_district_and_no_other()
    {
        var a = await AccountAsync(w.A);

        // Gamma, Epsilon and Zeta are B's; West's Delta stays in West. Beta and Epsilon tie and fall to the name.
        a.DistrictBrands.ShouldBe(
        [
            new SnapshotBrandTrend("Alpha", 225, 120), new SnapshotBrandTrend("Gamma", 67, 60), new SnapshotBrandTrend("Beta", 30, 0),
            new SnapshotBrandTrend("Epsilon", 30, 0), new SnapshotBrandTrend("Zeta", 11, 10),
        ]);
        (await AccountAsync(w.W)).DistrictBrands.ShouldBe([new SnapshotBrandTrend("Delta", 500, 100)]);
    }

    [Fact]
    public async Task A_brand_growing_in_the_district_that_the_chain_did_not_sell_is_suggested()
    {
        var a = await AccountAsync(w.A);
        var b = await AccountAsync(w.B);

        // Gamma grew 11.7 %; Zeta grew exactly 10 % (not more); Beta and Epsilon are new to the district, with no rate.
        a.Suggestions.GrowingBrandsNotListed.ShouldBe([new SnapshotBrandTrend("Gamma", 67, 60)]);
        b.Suggestions.GrowingBrandsNotListed.ShouldBe([new SnapshotBrandTrend("Alpha", 225, 120)]);
        (await AccountAsync(w.W)).Suggestions.GrowingBrandsNotListed.ShouldBeEmpty();
    }

    [Fact]
    public async Task Open_stores_down_more_than_20_percent_are_suggested_steepest_fall_first()
    {
        var a = await AccountAsync(w.A);

        // S2 and S5 fell exactly 20 %; the closed S4 fell 100 % but is closed; the new S3 had nothing to fall from.
        a.Suggestions.StoresDown.Select(s => (s.Name, s.Quantity, s.PreviousQuantity)).ShouldBe([("S7", 2L, 20L), ("S6", 75L, 100L)]);
    }

    [Fact]
    public async Task The_latest_ten_out_of_stocks_of_the_months_store_visits_are_listed_once_each()
    {
        var a = await AccountAsync(w.A);

        a.Suggestions.OutOfStocks.Select(o => (o.StoreName, o.ProductCode, o.SeenOn.Day)).ShouldBe(
        [
            ("S1", "P1", 20), ("S7", "P2", 12), ("S6", "P2", 11), ("S5", "P2", 10), ("S3", "P1", 9),
            ("S2", "P2", 8), ("S7", "P1", 7), ("S6", "P1", 6), ("S5", "P1", 5), ("S3", "P2", 4),
        ]);
        a.Suggestions.OutOfStocks[0].ShouldBe(new SnapshotOutOfStock("S1", "P1", "Alpha烟", "Alpha King", new DateOnly(2026, 5, 20)));
    }

    [Fact]
    public async Task Forecast_accuracy_is_weighted_by_what_sold_and_counts_products_sold_without_a_forecast()
    {
        var a = await AccountAsync(w.A);

        // P1: 200 for 225 scores 1 − 25/225; P3: 5 for nothing scores 0 but weighs nothing; P2 sold without a forecast.
        a.ForecastAccuracy.ShouldBe(new SnapshotAccuracy(0.8889m, 2, 1));
        (await AccountAsync(w.B)).ForecastAccuracy.ShouldBeNull();
    }

    [Fact]
    public async Task The_districts_bulletin_and_the_months_product_news_are_in_every_letter_of_the_district()
    {
        var a = await AccountAsync(w.A);

        a.Bulletin.ShouldBe(new SnapshotBulletin("**Steady** demand", "Gamma up", "Epsilon launched"));
        (await AccountAsync(w.W)).Bulletin.ShouldBeNull();
        a.ProductNews.ShouldBe(
        [
            new SnapshotProductNews("NewProduct", May, "P5", "Epsilon", "Epsilon烟", "Epsilon King", null, 10m),
            new SnapshotProductNews("PriceChange", new DateOnly(2026, 5, 10), "P6", "Zeta", "Zeta烟", "Zeta King", 9m, 10m),
        ]);
    }

    [Fact]
    public async Task A_chain_without_sales_in_the_month_has_no_figures_to_show_as_facts()
    {
        var c = await AccountAsync(w.C);

        c.HasSales.ShouldBeFalse();
        c.Sales.ShouldBe(new SnapshotTotals()); // not even its plan of 80, nor April's 5
        c.Brands.ShouldBeEmpty();
        c.BestStores.ShouldBeEmpty();
        c.WorstStores.ShouldBeEmpty();
        c.ForecastAccuracy.ShouldBeNull();
        c.Suggestions.GrowingBrandsNotListed.ShouldBeEmpty(); // with nothing sold, every brand would look "not listed"
        c.Suggestions.StoresDown.ShouldBeEmpty();
        c.Suggestions.OutOfStocks.ShouldBeEmpty();
        // The district's facts are still the district's.
        c.DistrictBrands.Count.ShouldBe(5);
        c.Bulletin.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_month_with_no_sales_imported_says_so_for_every_account_and_shows_no_district_trends()
    {
        var june = await MonthAsync(new DateOnly(2026, 6, 1));

        june.Count.ShouldBe(4);
        june.ShouldAllBe(s => !s.HasSales && s.DistrictBrands.Count == 0 && s.Brands.Count == 0 && s.Sales.Quantity == 0 && s.Bulletin == null);
        // A June visit found P3 out of stock at S2: seen on a visit, a fact whatever the sales.
        june.Single(s => s.Account.Id == w.A).Suggestions.OutOfStocks.Select(o => (o.StoreName, o.ProductCode)).ShouldBe([("S2", "P3")]);
    }

    [Fact]
    public async Task Asked_for_by_id_any_account_has_facts_whatever_its_state_and_an_unknown_one_has_none()
    {
        await using var db = w.Db();
        var facts = w.Facts(db);

        var draft = (await facts.ForAccountAsync(w.D, May)).ShouldNotBeNull();
        draft.Account.Name.ShouldBe("D 草稿");
        draft.HasSales.ShouldBeFalse();
        (await facts.ForAccountAsync(-1, May)).ShouldBeNull();
        (await facts.ForMonthAsync(May, [w.D, w.W, w.D, 999_999])).Select(s => s.Account.Id).ShouldBe([w.D, w.W]);
        (await facts.ForMonthAsync(May, [])).ShouldBeEmpty();
    }

    [Fact]
    public async Task One_accounts_facts_are_those_it_has_among_all_the_months_letters()
    {
        await using var db = w.Db();
        var alone = (await w.Facts(db).ForAccountAsync(w.A, May.AddDays(14))).ShouldNotBeNull();

        LetterSnapshotJson.Write(alone).ShouldBe(LetterSnapshotJson.Write(await AccountAsync(w.A)));
    }

    [Fact]
    public async Task Drafting_the_same_data_twice_gives_the_same_facts_to_the_byte()
    {
        var first = (await MonthAsync(May)).Select(LetterSnapshotJson.Write).ToList();
        var second = (await MonthAsync(May)).Select(LetterSnapshotJson.Write).ToList();

        second.ShouldBe(first);
        LetterSnapshotJson.Read(first[0]).Account.Id.ShouldBe(w.A);
    }

    [Fact]
    public void District_trends_need_the_months_own_sales_not_only_last_years()
    {
        var lastYearOnly = new[] { new BrandSum(1, 1, May.AddMonths(-12), "Alpha", 10, 100m) };

        DistrictTrends.Of(lastYearOnly, May).ShouldBeEmpty();
    }
}
