using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Appointments;

/// <summary>
/// The appointments a person sees between two local days. An account manager sees those on their
/// accounts; a market manager their own, or one person's of the district, or the whole district's;
/// administrators and the marketing centre anyone's. <paramref name="BookedById"/> null means everyone's.
/// </summary>
public sealed record CalendarQuery(DateOnly From, DateOnly To, int? BookedById);

public sealed class AppointmentCalendar(CrmDbContext db, OrganisationCalendar calendar)
{
    /// <summary>Longer ranges are cut to this many days: the calendar shows a month at most.</summary>
    public const int MaxDays = 62;

    public async Task<IReadOnlyList<AppointmentDay>> QueryAsync(Viewer viewer, CalendarQuery query, CancellationToken ct = default)
    {
        var to = query.To < query.From ? query.From : query.To;
        if (to.DayNumber - query.From.DayNumber >= MaxDays) to = query.From.AddDays(MaxDays - 1);
        var (fromUtc, toUtc) = (StartOfDay(query.From), StartOfDay(to.AddDays(1)));

        var appointments = db.HqAppointments.AsNoTracking().VisibleTo(db, viewer).Where(a => a.StartsAt >= fromUtc && a.StartsAt < toUtc);
        if (query.BookedById is { } person) appointments = appointments.Where(a => a.BookedById == person);
        var rows = await appointments
            .Join(db.Accounts, a => a.AccountId, x => x.Id, (a, x) => new { a, x })
            .OrderBy(r => r.a.StartsAt).ThenBy(r => r.a.Id)
            .Select(r => new
            {
                r.a.Id, r.a.StartsAt, r.a.ScheduledAt, r.a.AccountId, r.a.Purpose, r.a.State, r.a.CancelReason, r.a.BookedById,
                Account = new AccountScope(r.x.Id, r.x.Name, r.x.DistrictId, r.x.AccountManagerId, r.x.State),
                Buyer = db.BuyerContacts.Where(c => c.Id == r.a.BuyerContactId).Select(c => c.Name).FirstOrDefault(),
                BookedBy = db.Users.Where(u => u.Id == r.a.BookedById).Select(u => u.DisplayName).FirstOrDefault(),
                VisitId = db.Visits.Where(v => v.AppointmentId == r.a.Id).Select(v => (int?)v.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var today = calendar.Today;
        var entries = rows.Select(r =>
        {
            var local = TimeZoneInfo.ConvertTime(r.StartsAt, calendar.TimeZone);
            var day = DateOnly.FromDateTime(local.DateTime);
            var status = r.State == AppointmentState.Cancelled ? AppointmentStatus.Cancelled
                : r.VisitId is not null ? AppointmentStatus.Kept
                : day < today ? AppointmentStatus.NotKept
                : AppointmentStatus.Booked;
            var open = status is AppointmentStatus.Booked or AppointmentStatus.NotKept;
            var canVisit = viewer.CanVisit(r.Account);
            return new AppointmentEntry(r.Id, local, r.AccountId, r.Account.Name, r.Buyer, r.Purpose, r.BookedById, r.BookedBy ?? "",
                status, LeadHours(r.StartsAt, r.ScheduledAt), r.VisitId, r.CancelReason,
                CanChange: open && canVisit, CanRecordVisit: open && canVisit && r.Account.IsVisitable() && day <= today);
        });
        return [.. entries.GroupBy(e => e.Day).Select(g => new AppointmentDay(g.Key, [.. g]))];
    }

    /// <summary>Whole hours between fixing the time and the meeting; negative when booked after it began.</summary>
    public static int LeadHours(DateTimeOffset startsAt, DateTimeOffset scheduledAt) =>
        (int)Math.Floor((startsAt - scheduledAt).TotalHours);

    private DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, calendar.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
