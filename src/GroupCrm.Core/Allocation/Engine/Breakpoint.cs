using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// A value of the common factor λ where one line's share changes how it moves: at λ = minimum / basis it
/// leaves its minimum and starts growing with λ; at λ = maximum / basis it reaches its maximum and stops.
/// Between two breakpoints the sum of all shares is a straight line in λ.
/// </summary>
internal readonly struct Breakpoint<T>(long packs, T basis, int line, bool reachesMaximum) where T : IBinaryInteger<T>
{
    /// <summary>The cap, in packs: λ = Packs / Basis exactly.</summary>
    public long Packs { get; } = packs;
    public T Basis { get; } = basis;
    public int Line { get; } = line;
    public bool ReachesMaximum { get; } = reachesMaximum;

    // Within a few parts in 10^16 of the true λ: enough to order almost every pair without multiplying.
    private double Estimate { get; } = packs / double.CreateTruncating(basis);

    /// <summary>Orders breakpoints by their exact λ.</summary>
    public static int Compare(Breakpoint<T> a, Breakpoint<T> b)
    {
        // Estimates a part in 10^9 apart order their true values the same way; closer ones are compared exactly:
        // Pa / Ba against Pb / Bb is Pa × Bb against Pb × Ba. Equal bases (equal shares, above all) need no product.
        var gap = a.Estimate - b.Estimate;
        if (Math.Abs(gap) > 1e-9 * Math.Max(a.Estimate, b.Estimate)) return gap < 0 ? -1 : 1;
        if (a.Basis == b.Basis) return a.Packs.CompareTo(b.Packs);
        return (T.CreateChecked(a.Packs) * b.Basis).CompareTo(T.CreateChecked(b.Packs) * a.Basis);
    }
}
