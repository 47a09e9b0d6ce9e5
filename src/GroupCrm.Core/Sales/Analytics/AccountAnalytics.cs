using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Analytics;

/// <summary>
/// The sales section of an account page: the month against plan, the previous month and the same month last
/// year, by brand and by store, and the 24-month trend. An account the viewer may not see gives no report.
/// </summary>
public sealed class AccountAnalytics(CrmDbContext db, OrganisationCalendar calendar)
{
    public async Task<AccountSalesReport?> ForAccountAsync(Viewer viewer, int accountId, DateOnly? month = null, CancellationToken ct = default)
    {
        if (await db.FindVisibleAsync(viewer, accountId, ct) is null) return null;
        var today = calendar.Today;
        var shown = SalesMonth.Choose(month, today);
        var sales = SalesQueries.OfAccounts(db, db.Accounts.Where(a => a.Id == accountId));

        var trend = await SalesQueries.TrendAsync(sales, shown, ct);
        var planned = await db.SalesTargets.Where(t => t.AccountId == accountId && t.Month == shown && t.ProductId == null)
            .Select(t => (int?)t.Quantity).SingleOrDefaultAsync(ct);
        var figures = SalesQueries.Figures(trend, planned is { } plan ? new PlanFigures(plan, trend[^1].Quantity) : null);
        var brands = await BrandsAsync(sales, shown, ct);
        var stores = await StoreRanking.RankAsync(db, accountId, shown, ct);
        var months = await SalesQueries.MonthsWithDataAsync(db, db.Accounts.Where(a => a.Id == accountId), today, ct);
        return new AccountSalesReport(accountId, shown, figures, brands, stores.Best, stores.Worst, stores.Count, trend, months);
    }

    /// <summary>Brands of the month and the month before (a brand sold only last month shows with zero), most sold first.</summary>
    private async Task<IReadOnlyList<BrandRow>> BrandsAsync(IQueryable<MonthlySale> sales, DateOnly month, CancellationToken ct)
    {
        var previous = month.AddMonths(-1);
        DateOnly[] months = [month, previous];
        var sums = await sales.Where(s => months.Contains(s.Month))
            .Join(db.Products, s => s.ProductId, p => p.Id, (s, p) => new { s.Month, p.Brand, s.Quantity, s.Amount })
            .GroupBy(x => new { x.Brand, x.Month })
            .Select(g => new { g.Key.Brand, g.Key.Month, Quantity = g.Sum(x => (long)x.Quantity), Amount = g.Sum(x => x.Amount) })
            .ToListAsync(ct);
        return [.. sums.GroupBy(x => x.Brand)
            .Select(g => new BrandRow(g.Key,
                g.Where(x => x.Month == month).Select(x => new SalesTotals(x.Quantity, x.Amount)).SingleOrDefault() ?? SalesTotals.Zero,
                g.Where(x => x.Month == previous).Select(x => new SalesTotals(x.Quantity, x.Amount)).SingleOrDefault() ?? SalesTotals.Zero))
            .OrderByDescending(b => b.Current.Quantity).ThenByDescending(b => b.Previous.Quantity).ThenBy(b => b.Brand, StringComparer.Ordinal)];
    }
}
