namespace GroupCrm.Core.Visits.Recording;

/// <summary>The visitor's wall clock (date and time in the organisation's time zone) as an instant.</summary>
public static class VisitTime
{
    /// <returns>null for a time the zone skips (a daylight-saving gap): it never happened there.</returns>
    public static DateTimeOffset? ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) return null;
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
