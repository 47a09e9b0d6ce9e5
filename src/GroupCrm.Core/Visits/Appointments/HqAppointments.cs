using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Appointments;

/// <summary>
/// Booking, rescheduling and cancelling HQ appointments. Whoever may visit the account books them; the
/// booker is the signed-in user. An appointment a visit has kept is history and no longer changes.
/// </summary>
public sealed class HqAppointments(CrmDbContext db, TimeProvider clock, OrganisationCalendar calendar)
{
    public async Task<RecordResult> BookAsync(Viewer viewer, AppointmentInput input, CancellationToken ct = default)
    {
        var scope = await db.FindVisibleAsync(viewer, input.AccountId, ct);
        if (scope is null) return RecordResult.NoSuchRecord;
        if (!viewer.CanVisit(scope)) return RecordResult.NotAllowed;
        if (!scope.IsVisitable()) return RecordResult.Refused(nameof(input.AccountId), VisitAccess.NotVisitableMessage);

        var purpose = RecordText.Required(input.Purpose);
        var now = clock.GetUtcNow();
        var (startsAt, errors) = await CheckAsync(input.AccountId, input.BuyerContactId, input.Day, input.Time, purpose, now, ct);
        if (errors.Count > 0) return RecordResult.Refused(errors);

        var appointment = new HqAppointment
        {
            AccountId = input.AccountId, BuyerContactId = input.BuyerContactId, StartsAt = startsAt, Purpose = purpose,
            BookedById = viewer.UserId, BookedAt = now, ScheduledAt = now, State = AppointmentState.Booked,
        };
        db.HqAppointments.Add(appointment);
        await db.SaveChangesAsync(ct);
        return RecordResult.Done(appointment.Id);
    }

    /// <summary>
    /// Moves the appointment and updates its buyer and purpose. ScheduledAt follows StartsAt only when the
    /// time really moves: correcting the purpose does not make a well-announced meeting a short-notice one.
    /// </summary>
    public async Task<RecordResult> RescheduleAsync(
        Viewer viewer, int appointmentId, AppointmentChange change, uint expectedVersion, CancellationToken ct = default)
    {
        var (appointment, refused) = await FindChangeableAsync(viewer, appointmentId, toReschedule: true, ct);
        if (appointment is null) return refused!;

        var purpose = RecordText.Required(change.Purpose);
        var now = clock.GetUtcNow();
        var (startsAt, errors) = await CheckAsync(appointment.AccountId, change.BuyerContactId, change.Day, change.Time, purpose, now, ct,
            unchangedStart: appointment.StartsAt);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        if (startsAt != appointment.StartsAt)
        {
            appointment.StartsAt = startsAt;
            appointment.ScheduledAt = now;
        }
        appointment.BuyerContactId = change.BuyerContactId;
        appointment.Purpose = purpose;
        return await db.SaveVersionedAsync(appointment, a => a.Version, expectedVersion, a => a.Id, ct);
    }

    public async Task<RecordResult> CancelAsync(Viewer viewer, int appointmentId, string? reason, uint expectedVersion, CancellationToken ct = default)
    {
        var (appointment, refused) = await FindChangeableAsync(viewer, appointmentId, toReschedule: false, ct);
        if (appointment is null) return refused!;
        var text = RecordText.Required(reason);
        var errors = AppointmentRules.CheckReason(text);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        appointment.State = AppointmentState.Cancelled;
        appointment.CancelledAt = clock.GetUtcNow();
        appointment.CancelReason = text;
        return await db.SaveVersionedAsync(appointment, a => a.Version, expectedVersion, a => a.Id, ct);
    }

    /// <summary>
    /// The appointment, tracked, when the viewer may change it; otherwise the refusal. A cancellation is
    /// still allowed once the chain is no longer visitable: the meeting will not happen either way.
    /// </summary>
    private async Task<(HqAppointment? Appointment, RecordResult? Refused)> FindChangeableAsync(
        Viewer viewer, int appointmentId, bool toReschedule, CancellationToken ct)
    {
        var appointment = await db.HqAppointments.VisibleTo(db, viewer).SingleOrDefaultAsync(a => a.Id == appointmentId, ct);
        if (appointment is null) return (null, RecordResult.NoSuchRecord);
        var scope = await db.FindVisibleAsync(viewer, appointment.AccountId, ct);
        RecordResult? refusal = null;
        if (scope is null) refusal = RecordResult.NoSuchRecord;
        else if (!viewer.CanVisit(scope)) refusal = RecordResult.NotAllowed;
        else if (appointment.State == AppointmentState.Cancelled) refusal = RecordResult.Refused("", AppointmentRules.CancelledMessage);
        else if (await db.Visits.AnyAsync(v => v.AppointmentId == appointmentId, ct)) refusal = RecordResult.Refused("", AppointmentRules.KeptMessage);
        else if (toReschedule && !scope.IsVisitable()) refusal = RecordResult.Refused("", VisitAccess.NotVisitableMessage);
        return refusal is null ? (appointment, null) : (null, RecordAccess.Forget(db, refusal));
    }

    /// <summary>The field checks, the buyer's account, and the time window (skipped when the start stays where it was).</summary>
    private async Task<(DateTimeOffset StartsAt, List<RecordError> Errors)> CheckAsync(
        int accountId, int? buyerContactId, DateOnly? day, TimeOnly? time, string purpose, DateTimeOffset now, CancellationToken ct,
        DateTimeOffset? unchangedStart = null)
    {
        var errors = AppointmentRules.Check(buyerContactId, day, time, purpose);
        if (buyerContactId is { } buyer && !await db.BuyerContacts.AnyAsync(c => c.Id == buyer && c.AccountId == accountId, ct))
            errors.Add(new("BuyerContactId", "This buyer is not a contact of the chosen account."));
        if (day is not { } d || time is not { } t) return (default, errors);

        var (startsAt, error) = AppointmentRules.StartsAt(calendar.TimeZone, d, t, now);
        if (error is not null && startsAt != unchangedStart) errors.Add(error);
        return (startsAt, errors);
    }
}
