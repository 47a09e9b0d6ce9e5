using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages.Accounts.Components;

/// <summary>
/// The onboarding steps the viewer may take on one account, as small forms that post to the Transition
/// page with the account's current version. Core decides again on every post; this only picks the buttons.
/// </summary>
public sealed class AccountWorkflowViewComponent(CrmDbContext db, OnboardingWorkflow workflow) : ViewComponent
{
    public sealed record Model(int AccountId, AccountState State, uint Version, IReadOnlyList<WorkflowStep> Actions, bool OthersActNext);

    public async Task<IViewComponentResult> InvokeAsync(int accountId)
    {
        var viewer = UserClaimsPrincipal.ToViewer();
        var account = await db.Accounts.AsNoTracking().VisibleTo(viewer).Where(a => a.Id == accountId)
            .Select(a => new { Scope = new AccountScope(a.Id, a.Name, a.DistrictId, a.AccountManagerId, a.State), a.Version })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (account is null) return Content("");
        var actions = workflow.AllowedActions(viewer, account.Scope);
        // Say that someone else acts next when the viewer has nothing to do, so the page never looks stuck.
        var othersActNext = actions.Count == 0 && WorkflowSteps.From(account.Scope.State).Any();
        return View("/Pages/Accounts/Components/AccountWorkflow/Default.cshtml",
            new Model(accountId, account.Scope.State, account.Version, actions, othersActNext));
    }
}
