using GroupCrm.Core.Sales.Analytics;
using static GroupCrm.Core.Tests.Sales.Analytics.AnalyticsFixture;

namespace GroupCrm.Core.Tests.Sales.Analytics;

/// <summary>One account's month against the figures worked out by hand from the table in <see cref="AnalyticsFixture"/>.</summary>
public sealed class AccountAnalyticsTests(AnalyticsFixture w) : IClassFixture<AnalyticsFixture>
{
    private async Task<AccountSalesReport> ReportAsync(int account, DateOnly? month = null)
    {
        await using var db = w.Db();
        return (await w.Accounts(db).ForAccountAsync(w.Admin, account, month)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_last_full_month_is_shown_with_its_totals_and_every_comparison()
    {
        var report = await ReportAsync(w.A1);

        report.Month.ShouldBe(May2026);
        var f = report.Figures;
        // S1 100×100 + 20×200, S2 40×50, the inactive S4 10×100: its sales still count in the total.
        f.Current.ShouldBe(new SalesTotals(170, 17_000m));
        f.Previous.ShouldBe(new SalesTotals(160, 15_500m));
        f.LastYear.ShouldBe(new SalesTotals(200, 20_500m));
        // The total plan is 136; the per-product plan of 999 is not a total.
        f.Plan.ShouldBe(new PlanFigures(136, 170));
        f.VsPlan!.Value.Difference.ShouldBe(34m);
        f.VsPlan.Value.Percent.ShouldBe(25m);
        (f.VsPrevious.Difference, f.VsPrevious.Percent).ShouldBe((10m, 6.25m));
        (f.VsLastYear.Difference, f.VsLastYear.Percent).ShouldBe((-30m, -15m));
        Math.Round(f.AmountVsPrevious.Percent!.Value, 4).ShouldBe(9.6774m);   // 1 500 / 15 500
        Math.Round(f.AmountVsLastYear.Percent!.Value, 4).ShouldBe(-17.0732m); // −3 500 / 20 500
    }

    [Fact]
    public async Task Brands_are_split_for_the_month_and_the_month_before_most_sold_first()
    {
        var report = await ReportAsync(w.A1);

        report.Brands.Select(b => (b.Brand, b.Current, b.Previous)).ShouldBe(
        [
            ("Alpha", new SalesTotals(150, 13_000m), new SalesTotals(140, 11_500m)),
            ("Beta", new SalesTotals(20, 4_000m), new SalesTotals(20, 4_000m)),
        ]);
        Math.Round(report.Brands[0].VsPrevious.Percent!.Value, 4).ShouldBe(7.1429m); // 10 / 140
        report.Brands[1].VsPrevious.Percent.ShouldBe(0m);
    }

    [Fact]
    public async Task Best_and_worst_are_among_active_stores_and_a_store_without_sales_is_worst()
    {
        var report = await ReportAsync(w.A1);

        report.ActiveStores.ShouldBe(3);
        report.BestStores.Select(s => (s.Name, s.Quantity, s.PreviousQuantity)).ShouldBe([("S1", 120L, 100L), ("S2", 40L, 50L)]);
        report.WorstStores.Select(s => (s.Name, s.Quantity, s.PreviousQuantity)).ShouldBe([("S3", 0L, 10L)]);
        report.BestStores.Select(s => s.VsPrevious.Percent).ShouldBe([20m, -20m]);
        report.WorstStores[0].VsPrevious.Percent.ShouldBe(-100m);
    }

    [Fact]
    public async Task The_trend_has_24_months_up_to_the_month_filled_with_zeros()
    {
        var report = await ReportAsync(w.A1);

        report.Trend.Count.ShouldBe(24);
        report.Trend[0].ShouldBe(new TrendPoint(new DateOnly(2024, 6, 1), 3, 150m));
        report.Trend[^1].ShouldBe(new TrendPoint(May2026, 170, 17_000m));
        report.Trend.Select(p => p.Month).ShouldBe(Enumerable.Range(0, 24).Select(i => new DateOnly(2024, 6, 1).AddMonths(i)));
        // 2024-05 lies before the window; only four months have sales in it.
        report.Trend.Count(p => p.Quantity != 0).ShouldBe(4);
        report.Trend.Sum(p => p.Quantity).ShouldBe(3 + 200 + 160 + 170);
        report.Trend.Single(p => p.Month == new DateOnly(2025, 1, 1)).ShouldBe(new TrendPoint(new DateOnly(2025, 1, 1), 0, 0m));
    }

    [Fact]
    public async Task The_month_picker_offers_every_month_with_data_newest_first()
    {
        var report = await ReportAsync(w.A1);

        report.Months.ShouldBe([May2026, April2026, new DateOnly(2025, 5, 1), new DateOnly(2024, 6, 1), new DateOnly(2024, 5, 1)]);
    }

    [Fact]
    public async Task An_earlier_month_has_no_plan_and_no_percentages_where_the_base_is_zero()
    {
        var report = await ReportAsync(w.A1, new DateOnly(2026, 4, 20));

        report.Month.ShouldBe(April2026);
        var f = report.Figures;
        f.Current.ShouldBe(new SalesTotals(160, 15_500m));
        f.Plan.ShouldBeNull();
        f.VsPlan.ShouldBeNull();
        (f.VsPrevious.Difference, f.VsPrevious.Percent).ShouldBe((160m, (decimal?)null));
        (f.VsLastYear.Difference, f.VsLastYear.Percent).ShouldBe((160m, (decimal?)null));
        report.BestStores.Select(s => s.Name).ShouldBe(["S1", "S2"]);
        report.WorstStores.Select(s => (s.Name, s.Quantity)).ShouldBe([("S3", 10L)]);
        report.WorstStores[0].VsPrevious.Percent.ShouldBeNull();
        report.Trend[^1].Month.ShouldBe(April2026);
    }

    [Fact]
    public async Task A_chain_new_this_month_has_no_plan_and_no_rate_of_change()
    {
        var report = await ReportAsync(w.A2);

        report.Figures.Current.ShouldBe(new SalesTotals(50, 10_000m));
        report.Figures.VsPlan.ShouldBeNull();
        (report.Figures.VsPrevious.Difference, report.Figures.VsPrevious.Percent).ShouldBe((50m, (decimal?)null));
        report.Figures.VsLastYear.Percent.ShouldBeNull();
        report.Brands.Select(b => (b.Brand, b.Current.Quantity, b.Previous.Quantity)).ShouldBe([("Beta", 50L, 0L)]);
        report.BestStores.Select(s => s.Name).ShouldBe(["S5"]);
        report.WorstStores.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_chain_without_sales_gets_zeros_not_an_error()
    {
        var report = await ReportAsync(w.Draft);

        report.Figures.Current.ShouldBe(SalesTotals.Zero);
        report.Figures.HasSales.ShouldBeFalse();
        report.Brands.ShouldBeEmpty();
        (report.BestStores.Count, report.WorstStores.Count, report.ActiveStores).ShouldBe((0, 0, 0));
        report.Trend.ShouldAllBe(p => p.Quantity == 0 && p.Amount == 0m);
        report.Months.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_month_in_the_future_falls_back_to_the_last_full_month()
    {
        (await ReportAsync(w.A1, new DateOnly(2026, 9, 1))).Month.ShouldBe(May2026);
        (await ReportAsync(w.A1, new DateOnly(2026, 6, 30))).Month.ShouldBe(new DateOnly(2026, 6, 1));
    }
}
