using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// The bridge between decimals (what recipients and lines carry) and the exact integers the engine
/// computes with. Decimal arithmetic rounds once a result passes 28 digits (a third of a pack times seven
/// already does), and a rounded remainder can hand a pack to the wrong recipient; integers never round.
/// </summary>
internal static class ExactDecimal
{
    // A decimal is an integer below 2^96 (about 7.9 × 10^28) over 10^scale, scale 0 to 28.
    private static readonly UInt128 LargestMantissa = (UInt128.One << 96) - 1;
    private static readonly UInt128[] PowersOfTen = PowersOfTenUpTo(38);

    public static T TenTo<T>(int exponent) where T : IBinaryInteger<T> => Constants<T>.PowersOfTen[exponent];

    // Converted once per integer type: converting on every use would allocate a BigInteger each time.
    private static class Constants<T> where T : IBinaryInteger<T>
    {
        public static readonly T[] PowersOfTen = [.. ExactDecimal.PowersOfTen.Select(T.CreateChecked)];
        public static readonly T LargestMantissa = T.CreateChecked(ExactDecimal.LargestMantissa);
    }

    /// <summary>A non-negative decimal times 10^<paramref name="scale"/>, exactly (the scale must be at least the decimal's own).</summary>
    public static T Scaled<T>(decimal value, int scale) where T : IBinaryInteger<T>
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = new UInt128((uint)bits[2], (ulong)(uint)bits[1] << 32 | (uint)bits[0]);
        return T.CreateChecked(mantissa) * TenTo<T>(scale - value.Scale);
    }

    /// <summary>
    /// numerator / denominator (both ≥ 0, denominator > 0) as a decimal, truncated toward zero to 28 significant
    /// digits (never rounded up, so the whole part stays exact); null when it is beyond a decimal's range.
    /// </summary>
    public static decimal? Truncate<T>(T numerator, T denominator) where T : IBinaryInteger<T>
    {
        var (whole, remainder) = T.DivRem(numerator, denominator);
        return whole > Constants<T>.LargestMantissa ? null : Compose(UInt128.CreateChecked(whole), remainder, denominator);
    }

    /// <summary>whole + remainder / denominator (0 ≤ remainder &lt; denominator, whole below 2^96), truncated as <see cref="Truncate{T}"/>.</summary>
    public static decimal Compose<T>(UInt128 whole, T remainder, T denominator) where T : IBinaryInteger<T>
    {
        // whole has k digits, so whole × 10^(28 − k) plus 28 − k digits of the fraction stays below 10^28 < 2^96.
        var places = 28 - Digits(whole);
        if (T.IsZero(remainder) || places <= 0) return (decimal)whole;
        return FromMantissa(whole * PowersOfTen[places] + FractionDigits(remainder, denominator, places), places);
    }

    // ⌊remainder × 10^places / denominator⌋ by long division, a few digits at a time, so that remainder × 10^chunk
    // (below denominator × 10^chunk) stays within the integer type: 64 bits when the denominator is small, as in
    // real rounds (the fast case), else 125 bits for Int128.
    private static UInt128 FractionDigits<T>(T remainder, T denominator, int places) where T : IBinaryInteger<T>
    {
        var bits = long.CreateChecked(T.Log2(denominator)) + 1;
        if (bits <= 60) return FractionDigits(ulong.CreateChecked(remainder), ulong.CreateChecked(denominator), places, Room(64, bits));

        // BigInteger cannot overflow: all the places in one division.
        var (room, digits) = (typeof(T) == typeof(BigInteger) ? places : Room(125, bits), UInt128.Zero);
        while (places > 0)
        {
            var chunk = Math.Min(room, places);
            var (quotient, rest) = T.DivRem(remainder * TenTo<T>(chunk), denominator);
            (digits, remainder, places) = (digits * PowersOfTen[chunk] + UInt128.CreateChecked(quotient), rest, places - chunk);
        }
        return digits;
    }

    private static UInt128 FractionDigits(ulong remainder, ulong denominator, int places, int room)
    {
        var digits = UInt128.Zero;
        while (places > 0)
        {
            var chunk = Math.Min(room, places);
            var (quotient, rest) = Math.DivRem(remainder * (ulong)PowersOfTen[chunk], denominator);
            (digits, remainder, places) = (digits * PowersOfTen[chunk] + quotient, rest, places - chunk);
        }
        return digits;
    }

    private static UInt128[] PowersOfTenUpTo(int exponent)
    {
        var powers = new UInt128[exponent + 1];
        powers[0] = 1;
        for (var e = 1; e <= exponent; e++) powers[e] = powers[e - 1] * 10;
        return powers;
    }

    // How many decimal digits a number of the given bits can be multiplied by within the width: at least one.
    private static int Room(int width, long bits) => Math.Max(1, (int)((width - bits) * 0.30103));

    private static int Digits(UInt128 value)
    {
        var digits = 0;
        while (digits < PowersOfTen.Length && value >= PowersOfTen[digits]) digits++;
        return digits;
    }

    // Trailing zeros are dropped so that 12.5 reads 12.5, not 12.500000000000000000000000000.
    private static decimal FromMantissa(UInt128 mantissa, int scale)
    {
        while (scale >= 9 && mantissa % 1_000_000_000 == 0) (mantissa, scale) = (mantissa / 1_000_000_000, scale - 9);
        while (scale >= 1 && mantissa % 10 == 0) (mantissa, scale) = (mantissa / 10, scale - 1);
        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), false, (byte)scale);
    }
}
