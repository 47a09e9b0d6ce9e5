namespace GroupCrm.Core.Sales.Analytics;

/// <summary>
/// Months as the reports count them: the first day of a month in the organisation's calendar. A report
/// shows the last full month unless asked for another, because the current month's figures are still coming in.
/// </summary>
public static class SalesMonth
{
    /// <summary>How many months a trend covers, the month shown included.</summary>
    public const int TrendMonths = 24;

    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly LastFull(DateOnly today) => Of(today).AddMonths(-1);

    /// <summary>The month asked for (any day of it), or the last full month when none was asked for or it lies in the future.</summary>
    public static DateOnly Choose(DateOnly? asked, DateOnly today) =>
        asked is { } day && Of(day) <= Of(today) ? Of(day) : LastFull(today);
}
