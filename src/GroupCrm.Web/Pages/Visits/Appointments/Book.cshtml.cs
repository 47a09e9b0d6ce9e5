using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Appointments;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Visits.Lists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Visits.Appointments;

/// <summary>
/// Books an HQ appointment. Choosing the account reloads the page (?accountId=) so the buyer list is
/// that account's, built on the server from an account the user was checked for.
/// </summary>
public sealed class BookModel(CrmDbContext db, HqAppointments appointments, OrganisationCalendar calendar, IStringLocalizer<SharedResource> localizer)
    : AppointmentPage(localizer)
{
    public AppointmentForm Input { get; private set; } = new();
    public IReadOnlyList<Choice> Accounts { get; private set; } = [];
    public IReadOnlyList<Choice> Buyers { get; private set; } = [];
    public AccountScope? Account { get; private set; }
    public bool AccountVisitable => Account?.IsVisitable() == true;

    public async Task<IActionResult> OnGetAsync(int? accountId, CancellationToken ct)
    {
        Input = new AppointmentForm { AccountId = accountId ?? 0, Day = VisitText.Day(calendar.Today.AddDays(1)), Time = "10:00" };
        return await LoadAsync(accountId, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Input))] AppointmentForm input, CancellationToken ct)
    {
        Input = input;
        if (await LoadAsync(input.AccountId, ct) is { } refused) return refused;
        var (day, time) = input.Read(ModelState, nameof(Input), L);
        if (!ModelState.IsValid) return Page();

        var result = await appointments.BookAsync(User.ToViewer(), new AppointmentInput(input.AccountId, input.BuyerContactId, day, time, input.Purpose), ct);
        if (result.Succeeded)
            return DoneToCalendar(day!.Value, "The appointment with {0} on {1} at {2} is booked.", Account!.Name, VisitText.Day(day.Value), VisitText.Time(time!.Value));
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, nameof(Input));
        return Page();
    }

    /// <summary>
    /// The choices, and the account check: the marketing centre books nothing (403); an account the user
    /// does not see is not found (404); one they see but may not visit is 403.
    /// </summary>
    private async Task<IActionResult?> LoadAsync(int? accountId, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        if (viewer.Role is not (Roles.AccountManager or Roles.MarketManager or Roles.Administrator)) return Forbid();
        Accounts = await AppointmentChoices.AccountsAsync(db, viewer, ct);
        if (accountId is not { } id || id == 0) return null;
        Account = await db.FindVisibleAsync(viewer, id, ct);
        if (Account is null) return NotFound();
        if (!viewer.CanVisit(Account)) return Forbid();
        if (AccountVisitable) Buyers = await AppointmentChoices.BuyersAsync(db, id, ct);
        return null;
    }
}
