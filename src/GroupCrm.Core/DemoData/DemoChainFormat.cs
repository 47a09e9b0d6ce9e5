namespace GroupCrm.Core.DemoData;

/// <summary>
/// The kind of chain: it gives the chain its name suffix, how many stores it tends to have and which
/// customer categories its stores fall into (a convenience chain has many small stores, a shopping plaza a few big ones).
/// </summary>
internal sealed record DemoChainFormat(string Zh, string En, string Short, double StoreFactor, (string Category, int Weight)[] Mix)
{
    public static readonly DemoChainFormat[] All =
    [
        new("超市连锁", "Supermarket Chain", "超市", 1.0, [("SUPER", 13), ("HYPER", 3), ("CONV", 4)]),
        new("便利连锁", "Convenience Store Chain", "便利", 1.3, [("CONV", 17), ("TOBACCO", 2), ("OTHER", 1)]),
        new("购物广场", "Shopping Plaza", "购物广场", 0.35, [("HYPER", 1), ("SUPER", 1)]),
        new("烟酒连锁", "Tobacco & Liquor Chain", "烟酒", 0.9, [("TOBACCO", 16), ("CONV", 3), ("OTHER", 1)]),
    ];

    // Supermarket and convenience chains are the most common group accounts.
    private static readonly int[] Frequency = [0, 0, 0, 0, 1, 1, 1, 2, 3, 3];

    /// <summary>How much tobacco a store of each category sells, relative to a supermarket-sized store of 1.</summary>
    public static readonly Dictionary<string, double> CategorySize = new()
    {
        ["HYPER"] = 3.0, ["SUPER"] = 1.6, ["CONV"] = 0.8, ["TOBACCO"] = 1.5, ["OTHER"] = 0.6,
    };

    public static DemoChainFormat Pick(Random rng) => All[Frequency[rng.Next(Frequency.Length)]];

    public string PickCategory(Random rng)
    {
        var draw = rng.Next(Mix.Sum(m => m.Weight));
        foreach (var (category, weight) in Mix)
        {
            if (draw < weight) return category;
            draw -= weight;
        }
        throw new InvalidOperationException("Unreachable: the draw is below the total weight.");
    }
}
