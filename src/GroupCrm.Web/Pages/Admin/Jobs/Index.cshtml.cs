using System.Globalization;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Organisation;
using GroupCrm.Jobs.Runs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Admin.Jobs;

/// <summary>
/// The scheduled jobs for the administrator: each job's schedule, next and last run, "run now" (with the
/// month for the letter drafting), the recent runs with their errors, and how the outbox stands.
/// </summary>
public sealed class IndexModel(JobBoard board, JobStarter starter, MailOutbox outbox, MailSettings settings, OrganisationCalendar calendar,
    IStringLocalizer<SharedResource> L) : PageModel
{
    /// <summary>Only this job's runs in the recent runs, or every job's when empty.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Runs { get; set; }

    public JobBoardView Board { get; private set; } = new([], []);
    public IReadOnlyDictionary<MailState, int> OutboxCounts { get; private set; } = new Dictionary<MailState, int>();
    public JobWording Words { get; } = new(L);

    /// <summary>The folder .eml files go to, when no SMTP server is configured.</summary>
    public string? PickupFolder => settings.UsesPickupDirectory ? settings.PickupDirectory : null;

    public string TimeZoneName => calendar.TimeZone.Id;
    public string DefaultMonth => LetterMonths.Format(starter.DefaultMonth);

    public static bool TakesMonth(string jobName) => JobStarter.Inputs.GetValueOrDefault(jobName, []).Contains(JobStarter.MonthKey);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Board = await board.ReadAsync(string.IsNullOrEmpty(Runs) ? null : Runs, ct);
        OutboxCounts = await outbox.CountsAsync(ct);
    }

    public async Task<IActionResult> OnPostRunAsync(string? name, string? month, CancellationToken ct)
    {
        var data = month is null ? null : new Dictionary<string, string> { [JobStarter.MonthKey] = month };
        var result = await starter.RunNowAsync(name ?? "", User.Identity?.Name ?? "", data, ct);
        if (result.Succeeded) TempData["Status"] = L["Started. Refresh in a moment to see the outcome."].Value;
        else TempData["Error"] = string.Join(" ", result.Errors.Select(e => L[e.Message, e.Arguments].Value));
        return RedirectToPage("Index");
    }

    public static string Local(DateTimeOffset? instant) =>
        instant?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
}
