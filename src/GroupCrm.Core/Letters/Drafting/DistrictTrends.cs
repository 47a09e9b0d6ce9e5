namespace GroupCrm.Core.Letters.Drafting;

/// <summary>
/// A district's brands in the month against the same month last year, summed over all its accounts and ordered
/// as the district page orders them: most sold first, then most sold last year, then by name.
/// </summary>
internal static class DistrictTrends
{
    public static IReadOnlyList<SnapshotBrandTrend> Of(IEnumerable<BrandSum> district, DateOnly month)
    {
        var lastYear = month.AddMonths(-12);
        var sums = district.Where(b => b.Month == month || b.Month == lastYear).ToList();
        // A district with no sales row of the month has not had it imported: last year's figures alone say nothing of a trend.
        if (!sums.Any(b => b.Month == month)) return [];
        return [.. sums.GroupBy(b => b.Brand)
            .Select(g => new SnapshotBrandTrend(g.Key, g.Where(b => b.Month == month).Sum(b => b.Quantity), g.Where(b => b.Month == lastYear).Sum(b => b.Quantity)))
            .OrderByDescending(t => t.Quantity).ThenByDescending(t => t.LastYearQuantity).ThenBy(t => t.Brand, StringComparer.Ordinal)];
    }
}
