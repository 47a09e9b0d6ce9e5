using GroupCrm.Core.Data;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Organisation;
using GroupCrm.Jobs.Runs;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Letters;

/// <summary>
/// The monthly letters the user sees for one month (the month just closed unless another is chosen), those still
/// to review first, with their state and delivery. A filter that cannot be read is named in a notice and left out.
/// Administrators can also start the drafting of a month here.
/// </summary>
public sealed class IndexModel(
    LetterReview review, CrmDbContext db, JobStarter jobs, OrganisationCalendar calendar, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public string? State { get; set; }
    [BindProperty(SupportsGet = true)] public int? District { get; set; }

    public LetterList Letters { get; private set; } = null!;
    public List<string> Notices { get; } = [];
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public LetterState? ChosenState { get; private set; }
    public string Role { get; private set; } = "";
    public bool SeesEverything { get; private set; }
    public TimeZoneInfo Zone => calendar.TimeZone;

    /// <summary>The months letters can be drafted for, newest first: the list's choices.</summary>
    public IReadOnlyList<DateOnly> Months { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        (Role, SeesEverything) = (viewer.Role, viewer.SeesEverything);
        var latest = LetterMonths.Previous(calendar.Today);
        Months = [.. Enumerable.Range(0, LetterMonths.MostMonthsBack).Select(i => latest.AddMonths(-i))];

        DateOnly? month = null;
        if (!string.IsNullOrWhiteSpace(Month))
        {
            if (LetterMonths.TryParse(Month, out var parsed)) month = parsed;
            else Notices.Add("The month must look like 2026-03: showing the month just closed.");
        }
        if (!string.IsNullOrWhiteSpace(State))
        {
            if (Enum.TryParse<LetterState>(State.Trim(), ignoreCase: true, out var s) && Enum.IsDefined(s)) ChosenState = s;
            else Notices.Add("Unknown state: showing letters in every state.");
        }
        if (SeesEverything) Districts = await DistrictChoices.LoadAsync(db, ct);
        var district = SeesEverything ? District : null;
        Letters = await review.ListAsync(viewer, month, ChosenState, district, ct);
        Month = LetterDisplay.MonthValue(Letters.Month);
    }

    /// <summary>Administrators: drafts (or redrafts) the letters of a month now, through the scheduler like any run.</summary>
    public async Task<IActionResult> OnPostDraftAsync(string? draftMonth, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Administrator)) return Forbid();
        var result = await jobs.RunNowAsync(JobStarter.LetterDraftingJob, User.Identity?.Name ?? "", new Dictionary<string, string> { [JobStarter.MonthKey] = draftMonth ?? "" }, ct);
        if (result.Succeeded)
        {
            TempData["Status"] = L["The letters of {0} are being drafted. They appear here in a moment: reload the page.", draftMonth?.Trim() ?? ""].Value;
            return RedirectToPage(new { Month = draftMonth?.Trim() });
        }
        TempData["Error"] = string.Join(" ", result.Errors.Select(e => L[e.Message, e.Arguments].Value));
        return RedirectToPage(new { Month });
    }

    public string AccountName(LetterRow row) => DistrictChoices.NameOf(row.AccountName, row.AccountNameEn is { Length: > 0 } en ? en : row.AccountName);

    /// <summary>The list's address with one filter changed.</summary>
    public string Link(LetterState? state) =>
        Url.Page("/Letters/Index", new { Month, State = state?.ToString(), District = SeesEverything ? District : null })!;

    /// <summary>What the list is, in the user's terms.</summary>
    public string Scope => Role switch
    {
        Roles.AccountManager => "The letters of your accounts. Review each draft, add your note and approve it: it is then e-mailed to the account's buyers.",
        Roles.MarketManager => "The letters of your district's accounts and where each one stands.",
        _ => "The letters of every district and where each one stands.",
    };
}
