using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Analytics;

/// <summary>
/// The sums every report is built from. Each runs as one grouped query, so PostgreSQL adds up the rows and
/// only a few totals travel back; the callers pass sales already narrowed to what the viewer may see.
/// </summary>
internal static class SalesQueries
{
    /// <summary>The sales of the stores (active or not) of the given accounts.</summary>
    public static IQueryable<MonthlySale> OfAccounts(CrmDbContext db, IQueryable<GroupAccount> accounts) =>
        db.MonthlySales.Where(s => db.Stores.Where(st => accounts.Select(a => a.Id).Contains(st.AccountId)).Select(st => st.Id).Contains(s.StoreId));

    /// <summary>The <see cref="SalesMonth.TrendMonths"/> months up to and including <paramref name="month"/>, zero-filled.</summary>
    public static async Task<IReadOnlyList<TrendPoint>> TrendAsync(IQueryable<MonthlySale> sales, DateOnly month, CancellationToken ct)
    {
        var first = month.AddMonths(1 - SalesMonth.TrendMonths);
        var sums = await sales.Where(s => s.Month >= first && s.Month <= month)
            .GroupBy(s => s.Month)
            .Select(g => new { Month = g.Key, Quantity = g.Sum(s => (long)s.Quantity), Amount = g.Sum(s => s.Amount) })
            .ToDictionaryAsync(x => x.Month, ct);
        return [.. Enumerable.Range(0, SalesMonth.TrendMonths).Select(i => first.AddMonths(i)).Select(m =>
            sums.TryGetValue(m, out var x) ? new TrendPoint(m, x.Quantity, x.Amount) : new TrendPoint(m, 0, 0m))];
    }

    /// <summary>The month with the previous month and the same month last year, read off a trend that ends with it.</summary>
    public static MonthFigures Figures(IReadOnlyList<TrendPoint> trend, PlanFigures? plan)
    {
        SalesTotals At(int monthsBack)
        {
            var point = trend[^(monthsBack + 1)];
            return new SalesTotals(point.Quantity, point.Amount);
        }
        return new MonthFigures(At(0), At(1), At(12), plan);
    }

    /// <summary>How far back the month picker looks.</summary>
    public const int PickerMonths = 60;

    /// <summary>
    /// The months of the last five years (the current month included) in which the stores sold something, newest
    /// first. One index probe per month on (store_id, month) answers it, where DISTINCT would read every row.
    /// </summary>
    public static async Task<List<DateOnly>> MonthsWithDataAsync(CrmDbContext db, IQueryable<GroupAccount> accounts, DateOnly today, CancellationToken ct)
    {
        var stores = await db.Stores.Where(st => accounts.Select(a => a.Id).Contains(st.AccountId)).Select(st => st.Id).ToArrayAsync(ct);
        if (stores.Length == 0) return [];
        var current = SalesMonth.Of(today);
        var candidates = Enumerable.Range(0, PickerMonths).Select(i => current.AddMonths(-i)).ToArray();
        return await db.Database.SqlQuery<DateOnly>($"""
            SELECT c.month AS "Value" FROM unnest({candidates}) AS c(month)
            WHERE EXISTS (SELECT 1 FROM monthly_sales s WHERE s.month = c.month AND s.store_id = ANY ({stores}))
            ORDER BY c.month DESC
            """).ToListAsync(ct);
    }
}
