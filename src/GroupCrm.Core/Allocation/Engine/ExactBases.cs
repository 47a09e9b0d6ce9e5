using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// The recipients' bases as exact integers: every basis times 10^<see cref="Scale"/>, where the scale is
/// the most decimal places any basis has. Ratios between bases, which is all the method uses, are unchanged.
/// </summary>
internal sealed class ExactBases<T> where T : IBinaryInteger<T>
{
    private ExactBases(T[] scaled, int scale, T total) => (Scaled, Scale, Total) = (scaled, scale, total);

    /// <summary>Each recipient's basis × 10^Scale, in the order given.</summary>
    public T[] Scaled { get; }
    public int Scale { get; }
    public T Total { get; }

    /// <summary>What a basis of 1 is on this scale.</summary>
    public T One => ExactDecimal.TenTo<T>(Scale);

    /// <summary>The sum of the bases as a decimal; null when it is beyond a decimal's range.</summary>
    public decimal? TotalBasis => ExactDecimal.Truncate(Total, One);

    public static ExactBases<T> Of(IReadOnlyList<Recipient> recipients, int scale)
    {
        var scaled = new T[recipients.Count];
        var total = T.Zero;
        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] = ExactDecimal.Scaled<T>(recipients[i].Basis, scale);
            total += scaled[i];
        }
        return new ExactBases<T>(scaled, scale, total);
    }
}
