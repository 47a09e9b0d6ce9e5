namespace GroupCrm.Core.DemoData;

/// <summary>
/// A stateless random number for a cell (store, product, month): the sales figures then depend only on
/// those indexes and not on the order in which they are generated. SplitMix64 mixing; only integer
/// operations, so the numbers are the same on every machine.
/// </summary>
internal static class DemoHash
{
    private const ulong Seed = 0x47_72_6F_75_70_43_72_6D; // "GroupCrm"

    /// <summary>A number in [0, 1).</summary>
    public static double Unit(int salt, int a, int b = 0, int c = 0)
    {
        var x = Mix(Seed ^ (uint)salt);
        x = Mix(x ^ (uint)a);
        x = Mix(x ^ (uint)b);
        x = Mix(x ^ (uint)c);
        return (x >> 11) * (1.0 / (1UL << 53));
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
