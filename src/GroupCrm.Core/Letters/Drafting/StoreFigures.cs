namespace GroupCrm.Core.Letters.Drafting;

/// <summary>
/// An account's stores in the letter: those that sold in the month or the month before (a store closed long ago
/// or not opened yet has nothing to say). The best and the worst are split as on the account page
/// (<see cref="Sales.Analytics.StoreRanking"/>): a small chain is cut in two halves, so no store shows in both lists.
/// </summary>
internal static class StoreFigures
{
    /// <summary>A drop of more than this share against the month before makes a store "down".</summary>
    public const decimal DownBy = 0.2m;

    public sealed record Ranked(SnapshotStore Store, bool IsActive);

    /// <summary>Every store with its two months, best first (ties to the lower id).</summary>
    public static List<Ranked> Rank(IEnumerable<StoreSum> stores, DateOnly month)
    {
        var previous = month.AddMonths(-1);
        return [.. stores.GroupBy(s => s.StoreId)
            .Select(g => new Ranked(
                new SnapshotStore(g.Key, g.First().Name, g.Where(s => s.Month == month).Sum(s => s.Quantity), g.Where(s => s.Month == previous).Sum(s => s.Quantity)),
                g.First().IsActive))
            .OrderByDescending(r => r.Store.Quantity).ThenBy(r => r.Store.StoreId)];
    }

    public static List<SnapshotStore> Best(List<Ranked> ranked, int shown) =>
        [.. ranked.Take(BestCount(ranked.Count, shown)).Select(r => r.Store)];

    /// <summary>The exact reverse of the best order (ties to the higher id), so the two lists never overlap.</summary>
    public static List<SnapshotStore> Worst(List<Ranked> ranked, int shown)
    {
        var count = Math.Min(shown, ranked.Count - BestCount(ranked.Count, shown));
        return [.. Enumerable.Reverse(ranked).Take(count).Select(r => r.Store)];
    }

    /// <summary>
    /// Active stores that sold more than 20 % less than in the month before (which they sold something in), the
    /// steepest fall first. A store since closed is left out: there is nothing to suggest about it.
    /// </summary>
    public static List<SnapshotStore> Down(List<Ranked> ranked) =>
        [.. ranked.Where(r => r.IsActive && r.Store.PreviousQuantity > 0 && r.Store.Quantity < r.Store.PreviousQuantity * (1 - DownBy))
            .OrderBy(r => (decimal)r.Store.Quantity / r.Store.PreviousQuantity).ThenByDescending(r => r.Store.PreviousQuantity).ThenBy(r => r.Store.StoreId)
            .Select(r => r.Store)];

    private static int BestCount(int count, int shown) => Math.Min(shown, (count + 1) / 2);
}
