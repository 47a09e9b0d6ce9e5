using GroupCrm.Core.Sales.Targets;

namespace GroupCrm.Core.Sales.Forecasts;

/// <summary>
/// The figure a forecast form starts from. It looks at the six closed months before the current one
/// (the current month is still being sold, so its figures are incomplete) and takes the average of the
/// last three months, times one plus the growth from the three months before them to those last three,
/// the growth held within ±50 % so one odd quarter cannot double or wipe out the figure; rounded to a whole
/// quantity. With no sales in the earlier three months there is no growth to measure and the average stands.
/// Months with no sales count as 0.
/// </summary>
public static class ForecastTrend
{
    public const int HistoryMonths = 6;
    public const double MaxGrowth = 0.5;

    /// <param name="history">Quantities of the six closed months before the current month, oldest first.</param>
    public static int Suggest(IReadOnlyList<int> history)
    {
        if (history.Count != HistoryMonths) throw new ArgumentException($"Six months of history are needed, not {history.Count}.", nameof(history));
        long previous = history[0] + (long)history[1] + history[2];
        long recent = history[3] + (long)history[4] + history[5];
        var growth = previous == 0 ? 0 : Math.Clamp((recent - previous) / (double)previous, -MaxGrowth, MaxGrowth);
        var suggestion = Math.Round(recent / 3.0 * (1 + growth), MidpointRounding.AwayFromZero);
        return (int)Math.Min(suggestion, SalesQuantity.Max);
    }
}
