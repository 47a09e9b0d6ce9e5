namespace GroupCrm.Core.DemoData;

/// <summary>
/// The 24 months of demo sales: they end with the last full month before today, so the app always has
/// recent figures to show. Everything else about the figures is fixed, so seeding twice in the same
/// month gives identical data. Months are counted in China time (UTC+8, no daylight saving), the
/// organisation's default time zone.
/// The few dates that must stay near the present (document expiries, the recent steps of chains still
/// being onboarded) hang on <see cref="Today"/>, the seed's today taken from the same clock reading:
/// seeding twice on the same day gives identical data.
/// </summary>
internal sealed class DemoCalendar
{
    public const int Months = 24;

    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public DemoCalendar(TimeProvider clock)
    {
        var local = clock.GetUtcNow().ToOffset(China);
        FirstMonth = new DateOnly(local.Year, local.Month, 1).AddMonths(-Months);
        Today = DateOnly.FromDateTime(local.DateTime);
    }

    public DateOnly FirstMonth { get; }

    /// <summary>The date in China when the seed ran.</summary>
    public DateOnly Today { get; }

    /// <summary>Midnight at the start of <see cref="Today"/>: everything the seed dates in the past lies before it.</summary>
    public DateTimeOffset StartOfToday => At(Today, 0);

    public DateOnly Month(int offset) => FirstMonth.AddMonths(offset);

    /// <summary>A point in time some days before the start of the month at <paramref name="offset"/> (which may be negative).</summary>
    public DateTimeOffset Before(int offset, int daysBefore) =>
        new DateTimeOffset(Month(offset).ToDateTime(new TimeOnly(9, 30)), China).AddDays(-daysBefore).ToUniversalTime();

    /// <summary>A moment of a day in China time, <paramref name="minute"/> minutes after its midnight.</summary>
    public static DateTimeOffset At(DateOnly day, int minute) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), China).AddMinutes(minute).ToUniversalTime();

    public static DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(China).DateTime);

    public static int LocalMinute(DateTimeOffset instant) => (int)instant.ToOffset(China).TimeOfDay.TotalMinutes;

    /// <summary>
    /// <paramref name="count"/> moments strictly between two others, in order: minutes apart at the start (or the end)
    /// when there is room, as at one sitting; evenly spread otherwise.
    /// </summary>
    public static DateTimeOffset[] Spread(DateTimeOffset after, DateTimeOffset before, int count, bool late = false)
    {
        var step = TimeSpan.FromMinutes(4);
        var seconds = (long)(before - after).TotalSeconds;
        return [.. Enumerable.Range(1, count).Select(i => before - after > step * (count + 1)
            ? late ? before - step * (count + 1 - i) : after + step * i
            : after.AddSeconds(seconds * i / (count + 1)))];
    }
}
