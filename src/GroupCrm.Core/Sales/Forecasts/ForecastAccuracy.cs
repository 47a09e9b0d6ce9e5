namespace GroupCrm.Core.Sales.Forecasts;

/// <summary>
/// How a forecast is scored once the month's actual sales are in.
/// A line (account × product × month) scores 1 − |forecast − actual| / actual, never below 0: a perfect
/// forecast scores 1, one that is off by half the actual scores 0.5, and one off by the actual or more
/// (for instance more than twice the actual) scores 0. When nothing was sold (actual 0) the line scores 1
/// if the forecast was 0 too, else 0. A product that sold without a forecast is "not forecast": listed,
/// but not scored. Several lines (an account's month, a manager's month, several months) score the mean of
/// their lines weighted by the actual quantity, so a big line counts more than a small one; lines that sold
/// nothing then weigh nothing, unless no line sold anything, when the plain mean is taken.
/// </summary>
public static class ForecastAccuracy
{
    public static double Line(int forecast, int actual)
    {
        if (actual == 0) return forecast == 0 ? 1 : 0;
        return Math.Max(0, 1 - Math.Abs((long)forecast - actual) / (double)actual);
    }

    /// <returns>The weighted score of the lines, or null when there are none.</returns>
    public static double? Weighted(IEnumerable<(int Forecast, int Actual)> lines)
    {
        var list = lines as IReadOnlyCollection<(int Forecast, int Actual)> ?? [.. lines];
        if (list.Count == 0) return null;
        var weight = list.Sum(l => (long)l.Actual);
        return weight == 0
            ? list.Average(l => Line(l.Forecast, l.Actual))
            : list.Sum(l => Line(l.Forecast, l.Actual) * l.Actual) / weight;
    }
}
