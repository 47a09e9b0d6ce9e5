using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Accounts.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts;

/// <summary>The site survey form, for the market manager of the account's district (and administrators) while the review is open.</summary>
public sealed class SurveyModel(CrmDbContext db, SiteSurveyRecorder recorder, OrganisationCalendar calendar, IStringLocalizer<SharedResource> L)
    : PageModel
{
    [BindProperty]
    public SurveyFormInput Input { get; set; } = new();

    public AccountScope Account { get; private set; } = null!;

    public bool IsOpen => SiteSurveyRecorder.OpenStates.Contains(Account.State);

    public DateOnly Today => calendar.Today;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        Input.SurveyedOn = calendar.Today;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } denied) return denied;
        ExplainUnreadableDate();
        if (!ModelState.IsValid) return Page();

        var result = await recorder.RecordAsync(User.ToViewer(), id, Input.ToSurvey(), ct);
        switch (result.Outcome)
        {
            case WorkflowOutcome.NotFound: return NotFound();
            case WorkflowOutcome.Forbidden: return Forbid();
            case WorkflowOutcome.Done:
                TempData["Status"] = L["The site survey was recorded."].Value;
                return Redirect(Url.Content($"~/Accounts/{id}"));
        }
        ModelState.AddErrors(result, L, nameof(Input));
        return Page();
    }

    // A date that cannot be read gets the framework's English sentence; say it in the form's own (translated) words.
    private void ExplainUnreadableDate()
    {
        const string field = $"{nameof(Input)}.{nameof(SurveyFormInput.SurveyedOn)}";
        if (Input.SurveyedOn is not null || ModelState[field] is not { Errors.Count: > 0 } entry) return;
        entry.Errors.Clear();
        ModelState.AddModelError(field, L["Enter the date of the survey."]);
    }

    /// <returns>null when the viewer may use this page; otherwise the 404 or 403 to answer with.</returns>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        var account = await db.FindVisibleAsync(viewer, id, ct);
        if (account is null) return NotFound();
        if (!WorkflowActors.DistrictMarketManager.Includes(viewer, account)) return Forbid();
        Account = account;
        return null;
    }
}
