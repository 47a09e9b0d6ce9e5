using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>An account that takes part in a round, with its basis as the round measures it.</summary>
internal sealed record EligibleAccount(int Id, string Name, decimal Basis);

/// <summary>A store an account's packs are split over, with its sales of the product over the basis months.</summary>
internal sealed record StoreBasis(int StoreId, string Name, decimal Sales);

/// <summary>
/// The figures a round is computed from, read fresh every time it is computed: the district's active accounts and
/// their bases, and for the split the active stores and their sales. Sales are sums over the months (the engine
/// wants sums, not averages), counted from the months before the round's month, never the month itself.
/// </summary>
internal static class RoundBases
{
    public static async Task<List<EligibleAccount>> EligibleAsync(CrmDbContext db, AllocationRound round, CancellationToken ct)
    {
        var accounts = await db.Accounts.AsNoTracking()
            .Where(a => a.DistrictId == round.DistrictId && a.State == AccountState.Active)
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Name, a.PlannedMonthlyVolume })
            .ToListAsync(ct);
        if (round.Basis != RoundBasis.RecentSales)
            return [.. accounts.Select(a => new EligibleAccount(a.Id, a.Name,
                round.Basis == RoundBasis.EqualShares ? 1m : Math.Max(0m, a.PlannedMonthlyVolume ?? 0m)))];

        var (from, until) = BasisMonths(round);
        var ids = accounts.Select(a => a.Id).ToList();
        var sales = await db.MonthlySales.AsNoTracking()
            .Where(s => s.ProductId == round.ProductId && s.Month >= from && s.Month < until)
            .Join(db.Stores.Where(s => ids.Contains(s.AccountId)), s => s.StoreId, s => s.Id, (sale, store) => new { store.AccountId, sale.Quantity })
            .GroupBy(s => s.AccountId)
            .Select(g => new { AccountId = g.Key, Quantity = g.Sum(s => (long)s.Quantity) })
            .ToDictionaryAsync(s => s.AccountId, s => s.Quantity, ct);
        // A returns-heavy month can make a sum negative; a basis never is.
        return [.. accounts.Select(a => new EligibleAccount(a.Id, a.Name, Math.Max(0, sales.GetValueOrDefault(a.Id))))];
    }

    /// <summary>Each account's active stores with their sales of the product over the round's basis months, by account.</summary>
    public static async Task<Dictionary<int, List<StoreBasis>>> StoresAsync(
        CrmDbContext db, AllocationRound round, IReadOnlyCollection<int> accountIds, CancellationToken ct)
    {
        var (from, until) = BasisMonths(round);
        var stores = await db.Stores.AsNoTracking()
            .Where(s => accountIds.Contains(s.AccountId) && s.IsActive)
            .OrderBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.AccountId, s.Name,
                Sales = db.MonthlySales.Where(m => m.StoreId == s.Id && m.ProductId == round.ProductId && m.Month >= from && m.Month < until)
                    .Sum(m => (long)m.Quantity),
            })
            .ToListAsync(ct);
        return stores.GroupBy(s => s.AccountId)
            .ToDictionary(g => g.Key, g => g.Select(s => new StoreBasis(s.Id, s.Name, Math.Max(0, s.Sales))).ToList());
    }

    private static (DateOnly From, DateOnly Until) BasisMonths(AllocationRound round) =>
        (round.Month.AddMonths(-round.BasisMonths), round.Month);
}
