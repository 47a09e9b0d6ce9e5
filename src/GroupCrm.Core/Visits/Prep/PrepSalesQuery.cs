using GroupCrm.Core.Data;
using GroupCrm.Core.Sales;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Prep;

/// <summary>
/// The store's (or the whole account's) sales of the last three full months: the current month's figures
/// are still coming in. One grouped query; the top products are those that sold most over the three months.
/// </summary>
internal static class PrepSalesQuery
{
    public const int Months = 3;
    public const int TopProducts = 10;

    public static async Task<PrepSales> LastThreeMonthsAsync(CrmDbContext db, int accountId, int? storeId, DateOnly currentMonth, CancellationToken ct)
    {
        var months = Enumerable.Range(0, Months).Select(i => currentMonth.AddMonths(i - Months)).ToList();
        var (first, last) = (months[0], months[^1]);
        IQueryable<MonthlySale> sales = storeId is { } id
            ? db.MonthlySales.Where(s => s.StoreId == id)
            : db.MonthlySales.Where(s => db.Stores.Any(st => st.Id == s.StoreId && st.AccountId == accountId));
        var cells = await sales.AsNoTracking().Where(s => s.Month >= first && s.Month <= last)
            .GroupBy(s => new { s.Month, s.ProductId })
            .Select(g => new { g.Key.Month, g.Key.ProductId, Quantity = g.Sum(s => (long)s.Quantity), Amount = g.Sum(s => s.Amount) })
            .ToListAsync(ct);

        var totals = months.Select(m => new PrepSalesFigure(m,
            cells.Where(c => c.Month == m).Sum(c => c.Quantity), cells.Where(c => c.Month == m).Sum(c => c.Amount))).ToList();
        var top = cells.GroupBy(c => c.ProductId)
            .Select(g => (ProductId: g.Key, Quantity: g.Sum(c => c.Quantity), Amount: g.Sum(c => c.Amount)))
            .OrderByDescending(p => p.Quantity).ThenByDescending(p => p.Amount).ThenBy(p => p.ProductId)
            .Take(TopProducts).Select(p => p.ProductId).ToList();
        var products = await db.Products.AsNoTracking().Where(p => top.Contains(p.Id))
            .Select(p => new { p.Id, p.Code, p.Name, p.NameEn, p.IsScarce }).ToDictionaryAsync(p => p.Id, ct);
        var rows = top.Select(id =>
        {
            var p = products[id];
            var figures = months.Select(m => cells.FirstOrDefault(c => c.ProductId == id && c.Month == m) is { } c
                ? new PrepSalesFigure(m, c.Quantity, c.Amount)
                : new PrepSalesFigure(m, 0, 0m)).ToList();
            return new PrepProductSales(p.Id, p.Code, p.Name, p.NameEn, p.IsScarce, figures);
        }).ToList();
        return new PrepSales(months, totals, rows);
    }
}
