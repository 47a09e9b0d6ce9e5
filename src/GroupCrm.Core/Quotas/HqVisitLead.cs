namespace GroupCrm.Core.Quotas;

/// <summary>
/// An HQ visit counts toward the quota only if its appointment was booked at least 24 hours ahead: from the moment
/// its current time was set (<c>ScheduledAt</c>, reset by a reschedule) to the time itself. Exactly 24 hours counts.
/// </summary>
public static class HqVisitLead
{
    public static readonly TimeSpan Minimum = TimeSpan.FromHours(24);

    public static bool Qualifies(DateTimeOffset startsAt, DateTimeOffset scheduledAt) => startsAt - scheduledAt >= Minimum;
}
