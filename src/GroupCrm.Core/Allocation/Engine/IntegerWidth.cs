namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// Chooses the integers the engine computes with. The largest number the method forms is about
/// (sum of the scaled bases) × (P or the largest cap); Int128 holds it for every real round (sales or plans
/// with a few decimals, millions of packs) and is many times faster than BigInteger, which is kept for the
/// rest (28-place bases, bases near a decimal's limit). Both run the same generic code.
/// </summary>
internal static class IntegerWidth
{
    // Int128 reaches 1.7 × 10^38; the estimate below is a double, good to far better than this margin.
    private const double Int128Limit = 1e36;

    /// <summary>The most decimal places of any basis: the scale that makes every basis an integer.</summary>
    public static int BasisScale(IEnumerable<Recipient> recipients) => recipients.Max(r => (int)r.Basis.Scale);

    public static bool FitsInt128(IReadOnlyList<Recipient> recipients, long packs, int scale)
    {
        double largest = Math.Max(packs, 100); // 100: the share percentages multiply each basis by 100
        var totalBasis = 0.0;
        foreach (var recipient in recipients)
        {
            totalBasis += (double)recipient.Basis;
            largest = Math.Max(largest, Math.Max(recipient.MinimumPacks ?? 0, recipient.MaximumPacks ?? 0));
        }
        return totalBasis * Math.Pow(10, scale) * largest < Int128Limit;
    }
}
