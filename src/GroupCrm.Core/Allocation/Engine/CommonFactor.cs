using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// Finds the one common factor λ of the spec: every share is clamp(basis × λ, minimum, maximum), and the
/// shares add up to the P packs available.
/// <para>
/// The sum S(λ) of the shares never decreases as λ grows and is a straight line between breakpoints (see
/// <see cref="Breakpoint{T}"/>). So: sort the breakpoints, walk them from λ = 0 keeping S's line
/// (fixed packs + slope × λ), stop at the first breakpoint where S reaches P, and solve that line for
/// S(λ) = P. Every step is exact integer arithmetic, so λ is exact, not a float close to it.
/// </para>
/// <para>
/// Where S is flat at P, many λ give the same shares (the shares are unique); this returns the smallest.
/// </para>
/// </summary>
internal static class CommonFactor
{
    /// <returns>
    /// λ in packs per scaled unit of basis; 0 when the minimums alone make P; null when no λ is large enough
    /// because every line with a positive basis is held at its maximum below P.
    /// </returns>
    public static Fraction<T>? Find<T>(ExactLine<T>[] lines, long packs) where T : IBinaryInteger<T>
    {
        // Just above λ = 0 every line sits at its minimum except those with a basis and no minimum, which
        // grow from 0 at once: S = the minimums + their bases × λ.
        var (fixedPacks, slope, target) = (T.Zero, T.Zero, T.CreateChecked(packs));
        foreach (var line in lines)
        {
            fixedPacks += T.CreateChecked(line.Minimum);
            if (line.Minimum == 0) slope += line.Basis;
        }
        if (fixedPacks >= target) return Fraction<T>.Zero;

        var breakpoints = Breakpoints(lines);
        breakpoints.Sort(Breakpoint<T>.Compare);
        for (var next = 0; next < breakpoints.Count;)
        {
            // S(λ) ≥ P at λ = Packs / Basis, multiplied through by Basis (> 0) to stay in integers. S was below
            // P at the previous breakpoint, so the slope is positive here and the solution lies on this stretch.
            var at = breakpoints[next];
            if (fixedPacks * at.Basis + slope * T.CreateChecked(at.Packs) >= target * at.Basis)
                return new Fraction<T>(target - fixedPacks, slope);

            // Every line whose breakpoint is this λ changes together; S itself is continuous.
            for (; next < breakpoints.Count && Breakpoint<T>.Compare(breakpoints[next], at) == 0; next++)
            {
                var point = breakpoints[next];
                var line = lines[point.Line];
                var packsAtCap = T.CreateChecked(point.Packs);
                if (point.ReachesMaximum) (fixedPacks, slope) = (fixedPacks + packsAtCap, slope - line.Basis);
                else (fixedPacks, slope) = (fixedPacks - packsAtCap, slope + line.Basis);
            }
        }

        // Past the last breakpoint: the lines with no maximum still grow; if none does, P is out of reach.
        return T.IsZero(slope) ? null : new Fraction<T>(target - fixedPacks, slope);
    }

    // Lines with a basis of 0 have no breakpoints: they stay at their minimum for every λ. Lines with no
    // minimum need none to leave it: they are growing from the start.
    private static List<Breakpoint<T>> Breakpoints<T>(ExactLine<T>[] lines) where T : IBinaryInteger<T>
    {
        var points = new List<Breakpoint<T>>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (T.IsZero(line.Basis)) continue;
            if (line.Minimum > 0) points.Add(new Breakpoint<T>(line.Minimum, line.Basis, i, reachesMaximum: false));
            if (line.Maximum is { } maximum) points.Add(new Breakpoint<T>(maximum, line.Basis, i, reachesMaximum: true));
        }
        return points;
    }
}
