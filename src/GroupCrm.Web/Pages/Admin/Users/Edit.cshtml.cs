using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Admin.Users;

/// <summary>
/// One user: the profile form, and separate forms to disable or enable and to reset the password.
/// Each handler binds only its own form (a handler parameter, not a page property), so one form's
/// empty fields never fail another's validation.
/// </summary>
public sealed class EditModel(
    CrmDbContext db, UserAdministration admin, SignInManager<CrmUser> signIn, TimeProvider clock, IStringLocalizer<SharedResource> L)
    : PageModel
{
    public sealed record Summary(int Id, string UserName, bool IsDisabled, bool IsLockedOut, DateTimeOffset CreatedAt);

    public Summary Subject { get; private set; } = null!;
    public EditUserInput Input { get; private set; } = new();
    public ResetPasswordInput Reset { get; } = new();
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public bool IsSelf => Subject.Id == User.ToViewer().UserId;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, keepInput: false, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] EditUserInput input, CancellationToken ct)
    {
        Input = input;
        if (ModelState.IsValid)
        {
            var result = await admin.UpdateAsync(User.ToViewer(), id, input.ToChanges(), ct);
            if (result.Succeeded) return Done(id, "The changes were saved.");
            if (result.NotFound) return NotFound();
            ModelState.AddErrors(result, L, nameof(Input));
        }
        return await LoadAsync(id, keepInput: true, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostDisableAsync(int id, CancellationToken ct) => SetDisabledAsync(id, true, ct);

    public Task<IActionResult> OnPostEnableAsync(int id, CancellationToken ct) => SetDisabledAsync(id, false, ct);

    public async Task<IActionResult> OnPostResetPasswordAsync(int id, [Bind(Prefix = nameof(Reset))] ResetPasswordInput reset, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var viewer = User.ToViewer();
            var result = await admin.ResetPasswordAsync(viewer, id, reset.Password, ct);
            if (result.NotFound) return NotFound();
            if (result.Succeeded)
            {
                // The reset changed the security stamp; an administrator resetting their own password stays signed in.
                if (id == viewer.UserId && await signIn.UserManager.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture)) is { } self)
                    await signIn.RefreshSignInAsync(self);
                return Done(id, "The password was reset.");
            }
            ModelState.AddErrors(result, L, nameof(Reset));
        }
        return await LoadAsync(id, keepInput: false, ct) ? Page() : NotFound();
    }

    private async Task<IActionResult> SetDisabledAsync(int id, bool disabled, CancellationToken ct)
    {
        var result = await admin.SetDisabledAsync(User.ToViewer(), id, disabled, ct);
        if (result.NotFound) return NotFound();
        if (result.Succeeded) return Done(id, disabled ? "The user was disabled and signed out." : "The user was enabled.");
        ModelState.AddErrors(result, L, "");
        return await LoadAsync(id, keepInput: false, ct) ? Page() : NotFound();
    }

    private RedirectToPageResult Done(int id, string message)
    {
        TempData[IndexModel.StatusKey] = L[message].Value;
        return RedirectToPage("Edit", new { id });
    }

    private async Task<bool> LoadAsync(int id, bool keepInput, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var user = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => new
        {
            Summary = new Summary(u.Id, u.UserName!, u.IsDisabled, u.LockoutEnd != null && u.LockoutEnd > now, u.CreatedAt),
            Input = new EditUserInput
            {
                DisplayName = u.DisplayName,
                Email = u.Email,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault() ?? "",
                DistrictId = u.DistrictId,
                ConcurrencyStamp = u.ConcurrencyStamp,
            },
        }).SingleOrDefaultAsync(ct);
        if (user is null) return false;
        Subject = user.Summary;
        if (!keepInput) Input = user.Input;
        Districts = await DistrictChoices.LoadAsync(db, ct);
        return true;
    }
}
