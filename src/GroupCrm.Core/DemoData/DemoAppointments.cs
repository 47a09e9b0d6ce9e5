using GroupCrm.Core.Visits;

namespace GroupCrm.Core.DemoData;

/// <summary>When and how an HQ meeting was booked, and the meeting a buyer cancelled before the one that took place.</summary>
internal static class DemoAppointments
{
    public static HqAppointment Booked(DemoSlot slot, DateTimeOffset startsAt, DateTimeOffset bookedAt, DateTimeOffset scheduledAt) => new()
    {
        AccountId = slot.Account.Id,
        BuyerContactId = slot.Account.ContactIds.Count == 0 ? null : slot.Account.ContactIds[(int)(U(161, slot) * slot.Account.ContactIds.Count)],
        StartsAt = startsAt,
        Purpose = DemoVisitTexts.Pick(DemoVisitTexts.Purposes, U(162, slot)),
        BookedById = slot.UserId,
        BookedAt = bookedAt,
        ScheduledAt = scheduledAt,
        State = AppointmentState.Booked,
    };

    public static (DateTimeOffset BookedAt, DateTimeOffset ScheduledAt) Booking(DemoSlot slot, DateTimeOffset startsAt)
    {
        if (U(172, slot) < 0.06) // short notice: booked 2–20 hours ahead
        {
            var late = startsAt.AddMinutes(-(120 + (int)(1080 * U(173, slot))));
            return (late, late);
        }
        var scheduled = DemoCalendar.At(slot.Day.AddDays(-(2 + (int)(9 * U(174, slot)))), 9 * 60 + (int)(480 * U(175, slot)));
        var moved = U(176, slot) < 0.05;
        return (moved ? scheduled.AddDays(-(1 + (int)(4 * U(177, slot)))) : scheduled, scheduled);
    }

    /// <summary>A meeting first set two days before the one that took place, cancelled the afternoon before it: returns when it was cancelled.</summary>
    public static DateTimeOffset Cancelled(DemoVisitBook book, DemoSlot slot, DateTimeOffset startsAt)
    {
        var first = startsAt.AddDays(-2);
        var cancelledAt = DemoCalendar.At(slot.Day.AddDays(-3), 15 * 60 + (int)(150 * U(178, slot)));
        book.Appointments.Add(new HqAppointment
        {
            AccountId = slot.Account.Id,
            BuyerContactId = slot.Account.ContactIds.Count == 0 ? null : slot.Account.ContactIds[0],
            StartsAt = first,
            Purpose = DemoVisitTexts.Pick(DemoVisitTexts.Purposes, U(162, slot)),
            BookedById = slot.UserId,
            BookedAt = first.AddDays(-5),
            ScheduledAt = first.AddDays(-5),
            State = AppointmentState.Cancelled,
            CancelledAt = cancelledAt,
            CancelReason = DemoVisitTexts.Pick(DemoVisitTexts.CancelReasons, U(179, slot)),
        });
        return cancelledAt;
    }

    private static double U(int salt, DemoSlot slot) => DemoHash.Unit(salt, slot.Account.Id, slot.Day.DayNumber, slot.UserId);
}
