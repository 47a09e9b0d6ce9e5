using GroupCrm.Core.Visits;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// HQ meetings: each booked with the chain's buyer, as a rule 2–10 days ahead (one in sixteen the afternoon
/// before or the same morning, one in twenty moved once after booking), one in twenty-five replacing a meeting the
/// buyer cancelled, and one in forty booked but never written up. Meetings still ahead are booked only when their
/// booking lies in the past. The visit that keeps a meeting notes the topics, the buyer's requests and 0–2
/// follow-ups: nearly all of those due over a month ago are done, about half of those due lately (the others are
/// overdue) and a few of those not yet due.
/// </summary>
internal static class DemoHqVisits
{
    public static void Add(DemoVisitBook book, DemoVisitWorld world, DemoSlot slot)
    {
        if (slot.Skipped) return;
        var startsAt = slot.At;
        var (bookedAt, scheduledAt) = DemoAppointments.Booking(slot, startsAt);
        var today = world.Calendar.StartOfToday;
        if (U(160, slot) < 0.04 && slot.Day < world.Today)
            bookedAt = scheduledAt = DemoAppointments.Cancelled(book, slot, startsAt).AddMinutes(5);
        if (bookedAt >= today) return; // not booked yet
        var appointment = DemoAppointments.Booked(slot, startsAt, bookedAt, scheduledAt);
        book.Appointments.Add(appointment);
        if (!slot.Happens(world.Today) || U(163, slot) < 0.025) return;

        var visitedAt = startsAt.AddMinutes((int)(11 * U(164, slot)));
        var visit = new Visit
        {
            Kind = VisitKind.Hq,
            AccountId = slot.Account.Id,
            VisitorId = slot.UserId,
            VisitedAt = visitedAt,
            VisitedOn = slot.Day,
            Topics = DemoVisitTexts.Topics(U(165, slot), U(166, slot) < 0.5 ? U(167, slot) : null),
            Requests = U(168, slot) < 0.7 ? DemoVisitTexts.Pick(DemoVisitTexts.Requests, U(169, slot)) : null,
            RecordedAt = visitedAt.AddMinutes(60 + (int)(60 * U(170, slot))),
        };
        var followUps = U(171, slot) switch { < 0.35 => 0, < 0.8 => 1, _ => 2 };
        for (var k = 0; k < followUps; k++) visit.FollowUps.Add(FollowUp(world, slot, k));
        book.Visits.Add(visit);
        book.KeptAppointments[visit] = appointment;
    }

    private static FollowUp FollowUp(DemoVisitWorld world, DemoSlot slot, int k)
    {
        double V(int salt) => DemoHash.Unit(salt, slot.Account.Id, slot.Day.DayNumber, slot.UserId * 4 + k);
        var due = slot.Day.AddDays(3 + (int)(26 * V(180)));
        var byManager = slot.UserId == slot.Account.ManagerId;
        var owner = V(181) < (byManager ? 0.85 : 0.5) ? slot.Account.ManagerId : slot.Account.MarketManagerId;
        // Done between the day after the meeting and a few days past the due date, never today or later.
        var lastDay = Min(due.AddDays(4), world.Today.AddDays(-1));
        // Old follow-ups are done but for a forgotten one now and then; the open and overdue ones fell due lately.
        var chance = due < world.Today.AddDays(-30) ? 0.97 : due < world.Today ? 0.55 : 0.2;
        var done = slot.Day.AddDays(1) <= lastDay && V(182) < chance;
        var doneOn = slot.Day.AddDays(1 + (int)((lastDay.DayNumber - slot.Day.DayNumber) * V(183)));
        return new FollowUp
        {
            AccountId = slot.Account.Id,
            Text = DemoVisitTexts.Pick(DemoVisitTexts.FollowUps, V(184)),
            DueOn = due,
            OwnerId = owner,
            DoneAt = done ? DemoCalendar.At(Min(doneOn, lastDay), 9 * 60 + (int)(540 * V(185))) : null,
            DoneById = done ? owner : null,
        };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static double U(int salt, DemoSlot slot) => DemoHash.Unit(salt, slot.Account.Id, slot.Day.DayNumber, slot.UserId);
}
