using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Tests.Allocation.Engine;

/// <summary>
/// Generates feasible rounds from a fixed seed, so every run checks the same cases and a failure can be
/// replayed. The mix is chosen to reach the method's corners often: bases that tie (equal shares, few
/// distinct values), bases of 0, decimals with many places, tiny packs counts, minimums and maximums that
/// bind, and rounds where every basis is held at its maximum.
/// </summary>
public sealed class RandomRounds(int seed)
{
    private readonly Random random = new(seed);

    public AllocationRequest Next()
    {
        var count = random.Next(100) switch { < 70 => random.Next(1, 13), < 95 => random.Next(13, 61), _ => random.Next(61, 401) };
        var basis = BasisStyle();
        var (minimumChance, maximumChance) = (Pick(0.0, 0.3, 0.8), Pick(0.0, 0.3, 1.0));
        var packs = random.Next(10) == 0 ? random.Next(0, 3) : random.Next(0, count * 30 + 1);
        var ids = Enumerable.Range(1, count * 5).OrderBy(_ => random.Next()).Take(count).ToArray();

        var recipients = new List<Recipient>(count);
        foreach (var id in ids)
        {
            long? minimum = random.NextDouble() < minimumChance ? random.Next(0, 7) : null;
            long? maximum = random.NextDouble() < maximumChance ? (minimum ?? 0) + random.Next(0, 16) : null;
            recipients.Add(new Recipient(id, basis(), minimum, maximum));
        }

        MakeFeasible(recipients, packs);
        var packSize = random.Next(1, 25);
        var reserve = random.Next(0, 3) * random.Next(0, 200);
        var loose = random.Next(0, packSize);
        return new AllocationRequest((long)packs * packSize + loose + reserve, packSize, reserve, recipients);
    }

    public IEnumerable<AllocationRequest> Take(int count)
    {
        for (var i = 0; i < count; i++) yield return Next();
    }

    public IReadOnlyList<T> Shuffle<T>(IEnumerable<T> items) => [.. items.OrderBy(_ => random.Next())];

    public int Below(int bound) => random.Next(bound);

    /// <summary>A larger basis than <paramref name="basis"/>: sometimes a little, sometimes many times.</summary>
    public decimal Raise(decimal basis) => random.Next(4) switch
    {
        0 => basis + 1,
        1 => basis + 0.0001m,
        2 => basis * 2 + 1,
        _ => basis + random.Next(1, 5000),
    };

    private Func<decimal> BasisStyle() => random.Next(6) switch
    {
        0 => () => 1m,                                                        // equal shares: every tie at once
        1 => () => new[] { 0m, 1m, 2m, 3m, 5m }[random.Next(5)],              // few values: many ties, some zeros
        2 => () => random.Next(10) == 0 ? 0m : random.Next(1, 5001),          // sales of the last months
        3 => () => Math.Round((decimal)random.NextDouble() * 1000, random.Next(0, 7)), // planned volume with decimals
        4 => () => random.Next(1, 1000) * 0.000001m,                          // tiny bases
        _ => () => random.Next(1, 4) * (1 / 3m),                              // thirds: 28 places, never terminating
    };

    private double Pick(params double[] chances) => chances[random.Next(chances.Length)];

    // Drop minimums until they fit in P, and give one recipient a basis when none has one and packs remain.
    private void MakeFeasible(List<Recipient> recipients, int packs)
    {
        while (recipients.Sum(r => r.MinimumPacks ?? 0) > packs)
        {
            var i = recipients.FindIndex(r => r.MinimumPacks > 0);
            recipients[i] = recipients[i] with { MinimumPacks = null };
        }
        if (recipients.All(r => r.Basis == 0) && recipients.Sum(r => r.MinimumPacks ?? 0) < packs)
        {
            var i = random.Next(recipients.Count);
            recipients[i] = recipients[i] with { Basis = random.Next(1, 100) };
        }
    }
}
