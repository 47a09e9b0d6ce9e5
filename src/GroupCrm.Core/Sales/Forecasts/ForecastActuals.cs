using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Forecasts;

/// <summary>What an account bought of a product in a month: the sum over all its stores (closed ones too, for the months they sold).</summary>
public sealed record ActualQuantity(int AccountId, int ProductId, DateOnly Month, int Quantity);

internal static class ForecastActuals
{
    /// <summary>The actual quantities of the accounts in the months from <paramref name="first"/> up to (not including) <paramref name="until"/>.</summary>
    public static Task<List<ActualQuantity>> ByProductAsync(CrmDbContext db, List<int> accountIds, DateOnly first, DateOnly until, CancellationToken ct) =>
        (from s in db.MonthlySales
         where s.Month >= first && s.Month < until
         join st in db.Stores on s.StoreId equals st.Id
         where accountIds.Contains(st.AccountId)
         group s.Quantity by new { st.AccountId, s.ProductId, s.Month } into g
         select new ActualQuantity(g.Key.AccountId, g.Key.ProductId, g.Key.Month, g.Sum()))
        .ToListAsync(ct);

    /// <summary>Months count once their sales are in: a closed month with no sales rows at all has not been imported yet.</summary>
    public static async Task<List<DateOnly>> WithActualsAsync(CrmDbContext db, IEnumerable<DateOnly> months, CancellationToken ct)
    {
        var found = new List<DateOnly>();
        foreach (var month in months) // one index probe each: the month leads the primary key
            if (await db.MonthlySales.AnyAsync(s => s.Month == month, ct)) found.Add(month);
        return found;
    }
}
