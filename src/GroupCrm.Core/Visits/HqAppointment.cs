namespace GroupCrm.Core.Visits;

public enum AppointmentState
{
    Booked,
    Cancelled,
}

/// <summary>
/// A meeting with a chain's buyer at its HQ. HQ visits are by appointment, and one counts toward the quota
/// only if its time was fixed at least 24 hours ahead: <see cref="ScheduledAt"/> is when the current time was set.
/// </summary>
public sealed class HqAppointment
{
    public int Id { get; set; }
    public int AccountId { get; set; }

    /// <summary>The buyer to meet; null once that contact has been removed from the account.</summary>
    public int? BuyerContactId { get; set; }

    public DateTimeOffset StartsAt { get; set; }
    public required string Purpose { get; set; }
    public int BookedById { get; set; }
    public DateTimeOffset BookedAt { get; set; }

    /// <summary>When <see cref="StartsAt"/> was last set: at booking, and again at each reschedule.</summary>
    public DateTimeOffset ScheduledAt { get; set; }

    public AppointmentState State { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>PostgreSQL's xmin: a save over a changed row is refused instead of overwriting it.</summary>
    public uint Version { get; set; }
}
