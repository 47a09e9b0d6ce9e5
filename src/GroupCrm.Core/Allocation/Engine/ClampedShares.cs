using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// A line's exact share, split as the rounding needs it: whole packs, plus Remainder / the factor's
/// denominator of a pack. All remainders share that denominator, so they compare exactly.
/// </summary>
internal readonly record struct ExactShare<T>(long Whole, T Remainder, CapApplied Cap) where T : IBinaryInteger<T>;

/// <summary>Each line's exact share at the common factor: clamp(basis × λ, minimum, maximum).</summary>
internal static class ClampedShares
{
    /// <param name="factor">λ from <see cref="CommonFactor"/>; null when every positive basis is held at its maximum.</param>
    public static ExactShare<T>[] At<T>(ExactLine<T>[] lines, Fraction<T>? factor) where T : IBinaryInteger<T>
    {
        var shares = new ExactShare<T>[lines.Length];
        for (var i = 0; i < lines.Length; i++)
            shares[i] = factor is { } common ? Of(lines[i], common) : AtMaximum(lines[i]);
        return shares;
    }

    private static ExactShare<T> Of<T>(ExactLine<T> line, Fraction<T> factor) where T : IBinaryInteger<T>
    {
        // basis × λ in 1/denominator packs; the caps are compared on the same footing, exactly.
        var proportional = line.Basis * factor.Numerator;
        if (proportional < T.CreateChecked(line.Minimum) * factor.Denominator)
            return new(line.Minimum, T.Zero, CapApplied.Minimum);
        if (line.Maximum is { } maximum && proportional > T.CreateChecked(maximum) * factor.Denominator)
            return new(maximum, T.Zero, CapApplied.Maximum);
        var (whole, remainder) = T.DivRem(proportional, factor.Denominator);
        return new(long.CreateChecked(whole), remainder, CapApplied.None);
    }

    // No factor reaches P: lines with a basis are all at their maximum, those without at their minimum.
    private static ExactShare<T> AtMaximum<T>(ExactLine<T> line) where T : IBinaryInteger<T> =>
        T.IsZero(line.Basis)
            ? new(line.Minimum, T.Zero, line.Minimum > 0 ? CapApplied.Minimum : CapApplied.None)
            : new(line.Maximum!.Value, T.Zero, CapApplied.Maximum);
}
