using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Bench.Allocation;

/// <summary>
/// Rounds of the size the engine must handle quickly, from a fixed seed so every run measures the same input.
/// The recipients come in random id order, as a caller might pass them.
/// </summary>
public static class Rounds
{
    /// <summary>Sales of the last three months (whole units, one in ten zero), no caps: one proportional stretch.</summary>
    public static AllocationRequest Sales(int lines) => Make(lines, (random, _) => new(0, random.Next(10) == 0 ? 0 : random.Next(1, 50_000), null, null));

    /// <summary>Planned volumes with two decimals; a third of the lines with a minimum, a quarter with a maximum, many binding.</summary>
    public static AllocationRequest PlannedWithCaps(int lines) => Make(lines, (random, i) => new(0,
        random.Next(1, 5_000_000) / 100m,
        i % 3 == 0 ? random.Next(0, 5) : null,
        i % 4 == 0 ? random.Next(5, 40) : null));

    /// <summary>Equal shares with a common minimum and maximum: every breakpoint ties, every fraction ties.</summary>
    public static AllocationRequest EqualShares(int lines) => Make(lines, (_, _) => new(0, 1, 2, 300));

    /// <summary>Average monthly sales (sales / 3, 25 to 28 decimal places): too wide for Int128, computed on BigInteger.</summary>
    public static AllocationRequest Averages(int lines) => Make(lines, (random, i) => new(0,
        random.Next(1, 50_000) / 3m,
        i % 3 == 0 ? random.Next(0, 5) : null,
        i % 4 == 0 ? random.Next(5, 40) : null));

    private static AllocationRequest Make(int lines, Func<Random, int, Recipient> recipient)
    {
        var random = new Random(20_000);
        var ids = Enumerable.Range(1, lines).OrderBy(_ => random.Next()).ToArray();
        var recipients = ids.Select((id, i) => recipient(random, i) with { Id = id }).ToArray();
        // About 12 packs a line: scarce, so caps and rounding both matter. Packs of 24, a reserve of 1,000 units.
        return new AllocationRequest(AvailableUnits: lines * 12L * 24 + 1_000 + 17, PackSize: 24, ReserveUnits: 1_000, recipients);
    }
}
