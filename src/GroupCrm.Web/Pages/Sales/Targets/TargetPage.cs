using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Sales.Targets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Sales.Targets;

/// <summary>What the target pages share: the month the page is about, and the way back after a save (post → redirect → get).</summary>
public abstract class TargetPage(IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected IStringLocalizer<SharedResource> L => localizer;

    /// <summary>The month asked for ("2026-03"), or the current month when none or nonsense is asked for.</summary>
    protected static DateOnly MonthOr(string? text, DateOnly current) => SalesMonth.TryParse(text, out var month) ? month : current;

    protected RedirectResult Back(string url, string message, params object[] arguments)
    {
        TempData["Status"] = L[message, arguments].Value;
        return Redirect(Url.Content(url));
    }

    /// <summary>A refusal with reasons goes back to the page it came from, said above it.</summary>
    protected IActionResult Refused(RecordResult result, string url)
    {
        if (result.NotFound) return NotFound();
        if (result.Forbidden) return Forbid();
        TempData["Error"] = string.Join(" ", result.Errors.Select(e => L[e.Message, e.Arguments].Value));
        return Redirect(Url.Content(url));
    }
}
