using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Visits.Plans;

/// <summary>
/// One period of one account manager's plans. Before the period begins its owner drafts the 14-day grid,
/// submits it, and revises a submitted plan; everyone else (and everyone once it has begun) reads it, with
/// plan against actual for the days gone by. Every change is a POST that names the plan and its version.
/// </summary>
public sealed class EditModel(
    VisitPlanViews views, VisitPlans plans, NotVisitedStores notVisited, OrganisationCalendar calendar,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }
    [BindProperty(SupportsGet = true)] public int? UserId { get; set; }
    [BindProperty(SupportsGet = true)] public int? Revision { get; set; }
    [BindProperty(SupportsGet = true)] public int? AccountId { get; set; }

    public PlanPeriodView View { get; private set; } = null!;
    public PlanChoices? Choices { get; private set; }
    public NotVisitedThisMonth? Helper { get; private set; }
    public TimeZoneInfo Zone => calendar.TimeZone;
    public DateOnly Today => calendar.Today;
    public bool IsOwn => View.Owner.UserId == User.ToViewer().UserId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!TryPeriod(out var start)) return BadPeriod();
        var viewer = User.ToViewer();
        var view = await views.PeriodAsync(viewer, UserId ?? viewer.UserId, start, Revision, ct);
        if (view is null) return NotFound();
        View = view;
        if (view.IsEditable)
        {
            Choices = await views.ChoicesAsync(viewer, AccountId, ct);
            Helper = await notVisited.ForPeriodAsync(viewer, view.Owner.UserId, start, Choices.AccountId, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(CancellationToken ct)
    {
        if (!TryPeriod(out var start)) return BadPeriod();
        return Outcome(await plans.StartAsync(User.ToViewer(), start, ct), PlanPageMessages.Started);
    }

    /// <param name="pick">"accountId:storeId", or "accountId:" for the account's HQ.</param>
    public async Task<IActionResult> OnPostAddAsync(int planId, uint version, string? day, string? pick, CancellationToken ct)
    {
        if (!TryPeriod(out _)) return BadPeriod();
        if (!PlanCalendar.TryParse(day, out var date) || !PlanFormat.TryParsePick(pick, out var accountId, out var storeId))
            return Outcome(RecordResult.Refused("", PlanPageMessages.BadAdd), "");
        var input = new PlannedVisitInput(date, accountId, storeId);
        return Outcome(await plans.AddAsync(User.ToViewer(), planId, input, version, ct), PlanPageMessages.Added);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int planId, uint version, int plannedVisitId, CancellationToken ct)
    {
        if (!TryPeriod(out _)) return BadPeriod();
        return Outcome(await plans.RemoveAsync(User.ToViewer(), planId, plannedVisitId, version, ct), PlanPageMessages.Removed);
    }

    public async Task<IActionResult> OnPostSubmitAsync(int planId, uint version, CancellationToken ct)
    {
        if (!TryPeriod(out _)) return BadPeriod();
        return Outcome(await plans.SubmitAsync(User.ToViewer(), planId, version, ct), PlanPageMessages.Submitted);
    }

    public async Task<IActionResult> OnPostReviseAsync(int planId, uint version, CancellationToken ct)
    {
        if (!TryPeriod(out _)) return BadPeriod();
        return Outcome(await plans.ReviseAsync(User.ToViewer(), planId, version, ct), PlanPageMessages.Revised);
    }

    public async Task<IActionResult> OnPostDiscardAsync(int planId, uint version, CancellationToken ct)
    {
        if (!TryPeriod(out _)) return BadPeriod();
        return Outcome(await plans.DiscardAsync(User.ToViewer(), planId, version, ct), PlanPageMessages.Discarded);
    }

    private bool TryPeriod(out DateOnly start) => PlanCalendar.TryParse(Period, out start) && PlanPeriods.IsPeriodStart(start);

    /// <summary>A period that is no period: say which one would be, and go back to the list.</summary>
    private RedirectResult BadPeriod()
    {
        TempData["Error"] = localizer[PlanPageMessages.BadPeriod, PlanFormat.Iso(PlanCalendar.NextStart(calendar.Today))].Value;
        return Redirect(Url.Page("Index", UserId is null ? null : new { userId = UserId })!);
    }

    /// <summary>Post → redirect → get: back to this period (and the account the add form showed), with what happened.</summary>
    private IActionResult Outcome(RecordResult result, string done)
    {
        if (result.NotFound) return NotFound();
        if (result.Forbidden) return Forbid();
        if (result.Succeeded) TempData["Status"] = localizer[done].Value;
        else TempData["Error"] = string.Join(" ", result.Errors.Select(e => localizer[e.Message, e.Arguments].Value));
        return Redirect(Url.Page("Edit", new { period = Period, userId = UserId, accountId = AccountId })!);
    }
}
