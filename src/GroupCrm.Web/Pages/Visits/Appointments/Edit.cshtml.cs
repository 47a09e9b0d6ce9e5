using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Appointments;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Visits.Lists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Visits.Appointments;

/// <summary>
/// One appointment: reschedule it (new day and time, buyer, purpose) or cancel it with a reason. Each
/// form posts to its own handler with the row version it was shown, so a stale form changes nothing.
/// </summary>
public sealed class EditModel(CrmDbContext db, HqAppointments appointments, OrganisationCalendar calendar, IStringLocalizer<SharedResource> localizer)
    : AppointmentPage(localizer)
{
    public sealed record Summary(
        int Id, AccountScope Account, int? BuyerContactId, string? BuyerName, DateTimeOffset StartsAtLocal, string Purpose, string BookedBy,
        DateTimeOffset BookedAtLocal, int LeadHours, AppointmentState State, string? CancelReason, int? VisitId, uint Version);

    public Summary Appointment { get; private set; } = null!;
    public AppointmentForm Input { get; private set; } = new();
    public string? Reason { get; private set; }
    public IReadOnlyList<Choice> Buyers { get; private set; } = [];

    public bool IsOpen => Appointment.State == AppointmentState.Booked && Appointment.VisitId is null;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Input = FormOf(Appointment);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] AppointmentForm input, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Input = input;
        var (day, time) = input.Read(ModelState, nameof(Input), L);
        if (!ModelState.IsValid) return Page();
        var result = await appointments.RescheduleAsync(User.ToViewer(), id, new AppointmentChange(input.BuyerContactId, day, time, input.Purpose), input.Version, ct);
        if (result.Succeeded) return DoneToCalendar(day!.Value, "The appointment was rescheduled to {0} at {1}.", VisitText.Day(day.Value), VisitText.Time(time!.Value));
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, nameof(Input));
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, string? reason, uint version, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Reason = reason;
        var result = await appointments.CancelAsync(User.ToViewer(), id, reason, version, ct);
        if (result.Succeeded) return DoneToCalendar(DateOnly.FromDateTime(Appointment.StartsAtLocal.DateTime), "The appointment was cancelled.");
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, "Cancel");
        Input = FormOf(Appointment);
        return Page();
    }

    private static AppointmentForm FormOf(Summary a) => new()
    {
        AccountId = a.Account.Id, BuyerContactId = a.BuyerContactId, Day = VisitText.Day(DateOnly.FromDateTime(a.StartsAtLocal.DateTime)), Time = VisitText.Time(a.StartsAtLocal),
        Purpose = a.Purpose, Version = a.Version,
    };

    /// <summary>The appointment if the user sees it (else 404) and may visit its account (else 403).</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        var row = await db.HqAppointments.AsNoTracking().VisibleTo(db, viewer).Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.AccountId, a.BuyerContactId, a.StartsAt, a.Purpose, a.BookedAt, a.ScheduledAt, a.State, a.CancelReason, a.Version,
                Buyer = db.BuyerContacts.Where(c => c.Id == a.BuyerContactId).Select(c => c.Name).FirstOrDefault(),
                BookedBy = db.Users.Where(u => u.Id == a.BookedById).Select(u => u.DisplayName).FirstOrDefault(),
                VisitId = db.Visits.Where(v => v.AppointmentId == a.Id).Select(v => (int?)v.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (row is null) return NotFound();
        var account = await db.FindVisibleAsync(viewer, row.AccountId, ct);
        if (account is null) return NotFound();
        if (!viewer.CanVisit(account)) return Forbid();
        var zone = calendar.TimeZone;
        Appointment = new Summary(row.Id, account, row.BuyerContactId, row.Buyer, TimeZoneInfo.ConvertTime(row.StartsAt, zone), row.Purpose, row.BookedBy ?? "",
            TimeZoneInfo.ConvertTime(row.BookedAt, zone), AppointmentCalendar.LeadHours(row.StartsAt, row.ScheduledAt), row.State,
            row.CancelReason, row.VisitId, row.Version);
        Buyers = await AppointmentChoices.BuyersAsync(db, row.AccountId, ct);
        return null;
    }
}
