using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Accounts.Components;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts;

/// <summary>
/// Where the workflow buttons post: one onboarding step, decided by Core, then back to the account with
/// the outcome. Not visible → 404; a step the viewer's role or person may not take → 403.
/// </summary>
public sealed class TransitionModel(OnboardingWorkflow workflow, IStringLocalizer<SharedResource> L) : PageModel
{
    // Nothing to show on GET: the buttons live on the account page.
    public IActionResult OnGet(int id) => Redirect(Url.Content($"~/Accounts/{id}"));

    public async Task<IActionResult> OnPostAsync(int id, AccountState toState, string? note, uint version, CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Back(id, "Error", L["The request could not be accepted. If you were sending a form, reload the page and try again."]);

        var result = await workflow.TransitionAsync(User.ToViewer(), id, toState, note, version, ct);
        return result.Outcome switch
        {
            WorkflowOutcome.NotFound => NotFound(),
            WorkflowOutcome.Forbidden => Forbid(),
            WorkflowOutcome.Done => Back(id, "Status", L["The account is now {0}.", L[DisplayNames.State(toState)]]),
            _ => Back(id, "Error", L.Localize(result)),
        };
    }

    private RedirectResult Back(int id, string key, string message)
    {
        TempData[key] = message;
        return Redirect(Url.Content($"~/Accounts/{id}"));
    }
}
