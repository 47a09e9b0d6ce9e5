using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>
/// An account's final packs split over its active stores by the engine, by store sales; when no store sold the
/// product in the basis months, in equal shares. An account without active stores gets no store lines (its HQ
/// notice is the only one).
/// </summary>
internal static class StoreSplit
{
    public static List<RoundStoreLine> Of(long accountPacks, int packSize, IReadOnlyList<StoreBasis> stores)
    {
        if (stores.Count == 0) return [];
        var noSales = stores.All(s => s.Sales == 0);
        var result = AllocationEngine.SplitOverStores(accountPacks, packSize,
            [.. stores.Select(s => new Recipient(s.StoreId, noSales ? 1m : s.Sales))]);
        // With positive bases, no caps and whole packs, the split cannot fail.
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Text)));
        return [.. result.Plan.Lines.Select(l => new RoundStoreLine
        {
            StoreId = l.RecipientId,
            Basis = l.Basis,
            SharePercent = l.SharePercent,
            IdealPacks = l.IdealPacks,
            Cap = l.Cap.ToString(),
            WholePacks = l.WholePacks,
            RoundingAdjustment = l.RoundingAdjustment,
            FinalPacks = l.FinalPacks,
            FinalUnits = l.FinalUnits,
        })];
    }
}
