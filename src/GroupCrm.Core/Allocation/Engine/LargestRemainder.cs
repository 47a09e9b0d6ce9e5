using System.Diagnostics;
using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// Rounding to whole packs by largest remainder: everyone has the whole part of their exact share; the packs
/// left over go one each to the largest fractional parts, ties to the larger basis, then to the lower id.
/// </summary>
internal static class LargestRemainder
{
    /// <returns>The indexes of the lines that receive one of the <paramref name="leftover"/> packs.</returns>
    public static int[] Receivers<T>(ExactLine<T>[] lines, ExactShare<T>[] shares, long leftover) where T : IBinaryInteger<T>
    {
        if (leftover == 0) return [];

        // Only a line with a fractional part can take a pack: the leftover is the sum of the fractional parts,
        // each below 1, so there are always enough of them. Such a line is strictly below its maximum (an
        // integer), so one more pack never takes it above its maximum.
        int[] candidates = [.. Enumerable.Range(0, lines.Length).Where(i => !T.IsZero(shares[i].Remainder))];
        if (candidates.Length < leftover)
            throw new UnreachableException($"{leftover} packs left over for {candidates.Length} fractional shares.");

        Array.Sort(candidates, (a, b) => First(lines, shares, a, b));
        return candidates[..(int)leftover];
    }

    private static int First<T>(ExactLine<T>[] lines, ExactShare<T>[] shares, int a, int b) where T : IBinaryInteger<T>
    {
        var byRemainder = shares[b].Remainder.CompareTo(shares[a].Remainder);
        if (byRemainder != 0) return byRemainder;
        var byBasis = lines[b].Basis.CompareTo(lines[a].Basis);
        return byBasis != 0 ? byBasis : a.CompareTo(b); // lines are in id order: the lower index is the lower id
    }
}
