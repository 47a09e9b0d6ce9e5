namespace GroupCrm.Core.Visits.Appointments;

/// <summary>Where an appointment stands for the person looking at the calendar.</summary>
public enum AppointmentStatus
{
    /// <summary>Booked, today or ahead.</summary>
    Booked,

    /// <summary>An HQ visit was recorded for it.</summary>
    Kept,

    /// <summary>Its day has passed and no visit was recorded for it.</summary>
    NotKept,

    Cancelled,
}

/// <summary>
/// One appointment on the calendar, in the organisation's local time. <see cref="LeadHours"/> is how far
/// ahead its current time was fixed; the quota counts it only at 24 hours or more.
/// </summary>
public sealed record AppointmentEntry(
    int Id,
    DateTimeOffset StartsAtLocal,
    int AccountId,
    string AccountName,
    string? BuyerName,
    string Purpose,
    int BookedById,
    string BookedBy,
    AppointmentStatus Status,
    int LeadHours,
    int? VisitId,
    string? CancelReason,
    bool CanChange,
    bool CanRecordVisit)
{
    public const int QuotaLeadHours = 24;

    public DateOnly Day => DateOnly.FromDateTime(StartsAtLocal.DateTime);

    public bool BookedInTime => LeadHours >= QuotaLeadHours;
}

/// <summary>The appointments of one local day, in start order.</summary>
public sealed record AppointmentDay(DateOnly Day, IReadOnlyList<AppointmentEntry> Entries);
