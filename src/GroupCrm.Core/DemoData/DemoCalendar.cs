namespace GroupCrm.Core.DemoData;

/// <summary>
/// The 24 months of demo sales: they end with the last full month before today, so the app always has
/// recent figures to show. Everything else about the figures is fixed, so seeding twice in the same
/// month gives identical data. Months are counted in China time (UTC+8, no daylight saving), the
/// organisation's default time zone.
/// </summary>
internal sealed class DemoCalendar
{
    public const int Months = 24;

    public DemoCalendar(TimeProvider clock)
    {
        var local = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        FirstMonth = new DateOnly(local.Year, local.Month, 1).AddMonths(-Months);
    }

    public DateOnly FirstMonth { get; }

    public DateOnly Month(int offset) => FirstMonth.AddMonths(offset);

    /// <summary>A point in time some days before the start of the month at <paramref name="offset"/> (which may be negative).</summary>
    public DateTimeOffset Before(int offset, int daysBefore) =>
        new DateTimeOffset(Month(offset).ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(8)).AddDays(-daysBefore).ToUniversalTime();
}
