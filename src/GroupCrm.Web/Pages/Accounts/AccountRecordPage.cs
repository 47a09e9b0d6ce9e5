using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Accounts;

/// <summary>
/// What the HQ record, contact and store pages share: the resource check every handler starts with
/// (not visible → 404, visible but not editable → 403), and the way back with a status message.
/// </summary>
public abstract class AccountRecordPage(CrmDbContext db, IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected CrmDbContext Db => db;
    protected IStringLocalizer<SharedResource> L => localizer;

    /// <summary>The account the route names, once checked.</summary>
    public AccountScope Account { get; private set; } = null!;

    public bool CanEdit => User.ToViewer().CanEditRecords(Account);

    /// <returns>null when the viewer may see the account (and, if <paramref name="toEdit"/>, edit its records); else the refusal.</returns>
    protected async Task<IActionResult?> CheckAsync(int accountId, bool toEdit, CancellationToken ct)
    {
        var scope = await db.FindVisibleAsync(User.ToViewer(), accountId, ct);
        if (scope is null) return NotFound();
        Account = scope;
        return toEdit && !CanEdit ? Forbid() : null;
    }

    /// <summary>For a refusal Core made itself (the account vanished or changed hands since the check).</summary>
    protected IActionResult Refusal(RecordResult result) => result.NotFound ? NotFound() : Forbid();

    /// <summary>Shows each refusal next to its input (the form's property of the same name under <paramref name="prefix"/>), or above the form.</summary>
    protected void AddErrors(RecordResult result, string prefix)
    {
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", L[error.Message, error.Arguments]);
    }

    protected RedirectResult Done(string url, string message, params object[] arguments)
    {
        TempData["Status"] = L[message, arguments].Value;
        return Redirect(Url.Content(url));
    }

    protected RedirectResult DoneToAccount(int accountId, string message, params object[] arguments) =>
        Done($"~/Accounts/{accountId}", message, arguments);
}
