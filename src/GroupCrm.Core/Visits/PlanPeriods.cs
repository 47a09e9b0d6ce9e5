namespace GroupCrm.Core.Visits;

/// <summary>
/// The fixed grid of two-week plan periods: 14 days each, starting on Mondays, counted from Monday
/// 1 January 2024. Every date belongs to exactly one period.
/// </summary>
public static class PlanPeriods
{
    public const int Days = 14;

    public static readonly DateOnly Anchor = new(2024, 1, 1);

    public static DateOnly StartOf(DateOnly day)
    {
        var offset = day.DayNumber - Anchor.DayNumber;
        return Anchor.AddDays(offset - (((offset % Days) + Days) % Days));
    }

    public static bool IsPeriodStart(DateOnly day) => StartOf(day) == day;

    public static DateOnly EndOf(DateOnly periodStart) => periodStart.AddDays(Days - 1);

    /// <summary>The periods that have at least one day in the month.</summary>
    public static IEnumerable<DateOnly> Touching(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        for (var start = StartOf(first); start <= first.AddMonths(1).AddDays(-1); start = start.AddDays(Days))
            yield return start;
    }
}
