using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Visits.Appointments;

/// <summary>
/// The checks an appointment's fields get at booking and at each reschedule. The time window is wide on
/// purpose: a meeting fixed on the spot may be booked the same day (it then does not count toward the
/// quota, which asks for 24 hours' notice), but not days later, and not further ahead than a year.
/// </summary>
public static class AppointmentRules
{
    public const int MaxPurposeLength = 500;
    public const int MaxReasonLength = 500;

    public const string TooFarBack = "An appointment cannot start more than a day in the past.";
    public const string TooFarAhead = "Appointments can be booked at most a year ahead.";
    public const string KeptMessage = "A visit kept this appointment: it can no longer be rescheduled or cancelled.";
    public const string CancelledMessage = "This appointment was cancelled: it can no longer be changed.";

    public static List<RecordError> Check(int? buyerContactId, DateOnly? day, TimeOnly? time, string purpose)
    {
        var errors = new List<RecordError>();
        if (buyerContactId is null) errors.Add(new("BuyerContactId", "Choose the buyer to meet."));
        if (day is null) errors.Add(new("Day", "Enter the day of the appointment."));
        if (time is null) errors.Add(new("Time", "Enter the time of the appointment."));
        RecordText.Check(errors, "Purpose", purpose, MaxPurposeLength,
            "The purpose can be at most 500 characters.", "Enter the purpose of the appointment.");
        return errors;
    }

    public static List<RecordError> CheckReason(string reason)
    {
        var errors = new List<RecordError>();
        RecordText.Check(errors, "Reason", reason, MaxReasonLength,
            "The reason can be at most 500 characters.", "Give the reason for cancelling.");
        return errors;
    }

    /// <summary>
    /// The instant a local day and time in the organisation's time zone stand for, checked against the
    /// window [now − 1 day, now + 1 year]: either the instant or the refusal.
    /// </summary>
    public static (DateTimeOffset StartsAt, RecordError? Error) StartsAt(TimeZoneInfo zone, DateOnly day, TimeOnly time, DateTimeOffset now)
    {
        // Years far outside the window are refused before any arithmetic on them can overflow.
        if (day.Year < now.Year - 1) return (default, new("Day", TooFarBack));
        if (day.Year > now.Year + 2) return (default, new("Day", TooFarAhead));
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local)) return (default, new("Time", "This time does not exist in the organisation's time zone (the clocks change)."));
        var startsAt = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
        if (startsAt < now.AddDays(-1)) return (startsAt, new("Day", TooFarBack));
        if (startsAt > now.AddYears(1)) return (startsAt, new("Day", TooFarAhead));
        return (startsAt, null);
    }
}
