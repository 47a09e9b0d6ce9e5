using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Analytics;

/// <summary>
/// The district view: a market manager sees their own district, the marketing centre and administrators any;
/// anyone else, or another district, gets no report.
/// </summary>
public sealed class DistrictAnalytics(CrmDbContext db, OrganisationCalendar calendar)
{
    public static bool MaySee(Viewer viewer, int districtId) =>
        viewer.SeesEverything || (viewer.Role == Roles.MarketManager && viewer.DistrictId == districtId);

    public async Task<DistrictSalesReport?> ForDistrictAsync(Viewer viewer, int districtId, DateOnly? month = null, CancellationToken ct = default)
    {
        if (!MaySee(viewer, districtId)) return null;
        var district = await db.Districts.Where(d => d.Id == districtId).Select(d => new { d.Name, d.NameEn }).SingleOrDefaultAsync(ct);
        if (district is null) return null;
        var today = calendar.Today;
        var shown = SalesMonth.Choose(month, today);
        var accounts = db.Accounts.VisibleTo(viewer).Where(a => a.DistrictId == districtId);
        var table = await AccountMonthTable.LoadAsync(db, accounts, shown, today, ct);
        var sales = SalesQueries.OfAccounts(db, accounts);
        var trend = await SalesQueries.TrendAsync(sales, shown, ct);
        return new DistrictSalesReport(districtId, district.Name, district.NameEn, table, await BrandTrendsAsync(sales, shown, ct), trend);
    }

    /// <summary>Each brand's quantity in the month and the same month last year, most sold first.</summary>
    private async Task<IReadOnlyList<BrandTrend>> BrandTrendsAsync(IQueryable<MonthlySale> sales, DateOnly month, CancellationToken ct)
    {
        DateOnly[] months = [month, month.AddMonths(-12)];
        var sums = await sales.Where(s => months.Contains(s.Month))
            .Join(db.Products, s => s.ProductId, p => p.Id, (s, p) => new { p.Brand, s.Quantity, ThisYear = s.Month == month })
            .GroupBy(x => x.Brand)
            .Select(g => new
            {
                Brand = g.Key,
                Quantity = g.Sum(x => x.ThisYear ? (long)x.Quantity : 0L),
                LastYear = g.Sum(x => x.ThisYear ? 0L : (long)x.Quantity),
            })
            .ToListAsync(ct);
        return [.. sums.Select(x => new BrandTrend(x.Brand, x.Quantity, x.LastYear))
            .OrderByDescending(b => b.Quantity).ThenByDescending(b => b.LastYearQuantity).ThenBy(b => b.Brand, StringComparer.Ordinal)];
    }
}
