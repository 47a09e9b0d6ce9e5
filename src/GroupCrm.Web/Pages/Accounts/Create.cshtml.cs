using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Accounts.Components;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts;

/// <summary>A new chain's file, opened as a Draft by its account manager (or by an administrator for a chosen manager).</summary>
[Authorize(Roles = $"{Roles.AccountManager},{Roles.Administrator}")]
public sealed class CreateModel(AccountRegistration registration, CrmDbContext db, IStringLocalizer<SharedResource> L) : PageModel
{
    [BindProperty]
    public CreateAccountInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Managers { get; private set; } = [];

    public bool ChoosesManager => User.IsInRole(Roles.Administrator);

    public async Task OnGetAsync(CancellationToken ct) => await LoadManagersAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await registration.CreateDraftAsync(User.ToViewer(), Input.ToDraft(), ct);
            if (result.Outcome == WorkflowOutcome.Forbidden) return Forbid();
            if (result.Succeeded)
            {
                TempData["Status"] = L["The draft account {0} was created.", Input.Name.Trim()].Value;
                return Redirect(Url.Content($"~/Accounts/{result.Id}"));
            }
            ModelState.AddErrors(result, L, nameof(Input));
        }
        await LoadManagersAsync(ct);
        return Page();
    }

    /// <summary>The enabled account managers with their districts, for the administrator's choice.</summary>
    private async Task LoadManagersAsync(CancellationToken ct)
    {
        if (!ChoosesManager) return;
        var managers = await db.Users.AsNoTracking()
            .Where(u => !u.IsDisabled && u.DistrictId != null
                        && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.AccountManager)))
            .OrderBy(u => u.District!.Code).ThenBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, u.District!.Name, u.District.NameEn })
            .ToListAsync(ct);
        Managers = [.. managers.Select(m => new SelectListItem(
            $"{m.DisplayName} ({DistrictChoices.NameOf(m.Name, m.NameEn)})", m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
    }
}
