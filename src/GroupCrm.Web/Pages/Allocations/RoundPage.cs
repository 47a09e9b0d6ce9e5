using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>What the round pages that change things share: Core's refusals as 404, 403 or form errors, and the way back.</summary>
public abstract class RoundPage(IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected IStringLocalizer<SharedResource> L => localizer;

    protected IActionResult Refusal(RecordResult result) => result.NotFound ? NotFound() : Forbid();

    /// <summary>Each refusal next to its input (the property of the same name under <paramref name="prefix"/>), or above the form.</summary>
    protected void AddErrors(RecordResult result, string prefix)
    {
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Field.Length == 0 ? prefix : $"{prefix}.{error.Field}", L[error.Message, error.Arguments]);
    }

    /// <summary>To the round's page (at <paramref name="anchor"/> when given), with a status message.</summary>
    protected RedirectResult ToRound(int roundId, string message, string? anchor = null, params object[] arguments)
    {
        TempData["Status"] = L[message, arguments].Value;
        return Redirect(Url.Content($"~/Allocations/{roundId}") + (anchor is null ? "" : "#" + anchor));
    }
}
