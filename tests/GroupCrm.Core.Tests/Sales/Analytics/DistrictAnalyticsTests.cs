using GroupCrm.Core.Sales.Analytics;
using static GroupCrm.Core.Tests.Sales.Analytics.AnalyticsFixture;

namespace GroupCrm.Core.Tests.Sales.Analytics;

/// <summary>The district view and an account manager's own accounts, against the hand-made figures of <see cref="AnalyticsFixture"/>.</summary>
public sealed class DistrictAnalyticsTests(AnalyticsFixture w) : IClassFixture<AnalyticsFixture>
{
    [Fact]
    public async Task The_district_lists_its_active_chains_with_their_month_and_a_total()
    {
        await using var db = w.Db();
        var report = (await w.Districts(db).ForDistrictAsync(w.MmEast, w.East)).ShouldNotBeNull();

        (report.NameEn, report.Accounts.Month).ShouldBe(("East", May2026));
        // The draft chain has nothing to show; the West chain is another district's.
        report.Accounts.Rows.Select(r => (r.AccountId, r.Figures.Current.Quantity, r.Figures.Previous.Quantity, r.Figures.LastYear.Quantity))
            .ShouldBe([(w.A1, 170L, 160L, 200L), (w.A2, 50L, 0L, 0L)]);
        report.Accounts.Rows[0].Figures.Plan.ShouldBe(new PlanFigures(136, 170));
        report.Accounts.Rows[0].AccountManager.ShouldBe("AM1");
        report.Accounts.Rows[1].Figures.Plan.ShouldBeNull();

        var total = report.Accounts.Total;
        total.Current.ShouldBe(new SalesTotals(220, 27_000m));
        total.Previous.ShouldBe(new SalesTotals(160, 15_500m));
        total.LastYear.ShouldBe(new SalesTotals(200, 20_500m));
        // Only A1 has a plan, so the district is measured against it on A1's sales alone.
        total.Plan.ShouldBe(new PlanFigures(136, 170));
        (total.VsPrevious.Percent, total.VsLastYear.Percent, total.VsPlan!.Value.Percent).ShouldBe((37.5m, 10m, 25m));
    }

    [Fact]
    public async Task Brands_across_the_district_are_compared_with_the_same_month_last_year()
    {
        await using var db = w.Db();
        var report = (await w.Districts(db).ForDistrictAsync(w.MmEast, w.East)).ShouldNotBeNull();

        report.Brands.Select(b => (b.Brand, b.Quantity, b.LastYearQuantity, b.Direction)).ShouldBe(
        [
            ("Alpha", 150L, 170L, BrandDirection.Declining),
            ("Beta", 70L, 30L, BrandDirection.Growing),
        ]);
        Math.Round(report.Brands[0].VsLastYear.Percent!.Value, 2).ShouldBe(-11.76m);
        Math.Round(report.Brands[1].VsLastYear.Percent!.Value, 2).ShouldBe(133.33m);
    }

    [Fact]
    public async Task The_district_trend_adds_up_its_chains_and_leaves_out_other_districts()
    {
        await using var db = w.Db();
        var report = (await w.Districts(db).ForDistrictAsync(w.Approver, w.East)).ShouldNotBeNull();

        report.Trend.Count.ShouldBe(24);
        report.Trend[^1].ShouldBe(new TrendPoint(May2026, 220, 27_000m));
        report.Trend[^2].ShouldBe(new TrendPoint(April2026, 160, 15_500m));
        report.Trend[0].Quantity.ShouldBe(3);
    }

    [Fact]
    public async Task The_other_district_has_its_own_figures()
    {
        await using var db = w.Db();
        var report = (await w.Districts(db).ForDistrictAsync(w.Admin, w.West)).ShouldNotBeNull();

        report.Accounts.Rows.Select(r => (r.AccountId, r.Figures.Current.Quantity)).ShouldBe([(w.WestChain, 500L)]);
        report.Accounts.Total.Plan.ShouldBeNull();
        report.Accounts.Total.VsPlan.ShouldBeNull();
        report.Brands.Single().Direction.ShouldBe(BrandDirection.New);
        report.Brands.Single().VsLastYear.Percent.ShouldBeNull();
    }

    [Fact]
    public async Task An_account_manager_sees_their_own_chains_only()
    {
        await using var db = w.Db();
        var mine = await w.Portfolio(db).ForViewerAsync(w.Am1);
        var theirs = await w.Portfolio(db).ForViewerAsync(w.Am2, April2026);

        mine.Rows.Select(r => r.AccountId).ShouldBe([w.A1]);
        mine.Total.Current.ShouldBe(new SalesTotals(170, 17_000m));
        mine.Total.VsPlan!.Value.Percent.ShouldBe(25m);
        mine.Months.First().ShouldBe(May2026);
        // April: A2 had no sales then, but it is active, so it keeps its row.
        theirs.Month.ShouldBe(April2026);
        theirs.Rows.Select(r => (r.AccountId, r.Figures.Current.Quantity)).ShouldBe([(w.A2, 0L)]);
        theirs.Months.ShouldBe([May2026]);
    }
}
