using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Analytics;

/// <summary>
/// The best and the worst active stores of an account by the month's quantity; a store that sold nothing is
/// among the worst. A chain of fewer than ten stores is split in two halves, so no store shows in both lists.
/// </summary>
internal static class StoreRanking
{
    public const int Shown = 5;

    public sealed record Ranking(IReadOnlyList<StoreRow> Best, IReadOnlyList<StoreRow> Worst, int Count);

    public static async Task<Ranking> RankAsync(CrmDbContext db, int accountId, DateOnly month, CancellationToken ct)
    {
        var previous = month.AddMonths(-1);
        var active = db.Stores.Where(st => st.AccountId == accountId && st.IsActive);
        var stores = active.Select(st => new
        {
            st.Id,
            st.Name,
            Quantity = db.MonthlySales.Where(s => s.StoreId == st.Id && s.Month == month).Sum(s => (long)s.Quantity),
            PreviousQuantity = db.MonthlySales.Where(s => s.StoreId == st.Id && s.Month == previous).Sum(s => (long)s.Quantity),
        });
        var count = await active.CountAsync(ct);
        var bestCount = Math.Min(Shown, (count + 1) / 2);
        var worstCount = Math.Min(Shown, count - bestCount);
        // The two orders are exact reverses (ties by id), so the lists never overlap.
        var best = await stores.OrderByDescending(x => x.Quantity).ThenBy(x => x.Id).Take(bestCount).ToListAsync(ct);
        var worst = await stores.OrderBy(x => x.Quantity).ThenByDescending(x => x.Id).Take(worstCount).ToListAsync(ct);
        return new Ranking(
            [.. best.Select(x => new StoreRow(x.Id, x.Name, x.Quantity, x.PreviousQuantity))],
            [.. worst.Select(x => new StoreRow(x.Id, x.Name, x.Quantity, x.PreviousQuantity))],
            count);
    }
}
