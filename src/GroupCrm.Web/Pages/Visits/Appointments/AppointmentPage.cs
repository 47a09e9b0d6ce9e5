using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Visits.Appointments;

/// <summary>What the booking and edit pages share: turning Core's refusals into 404, 403 or form errors, and the way back.</summary>
public abstract class AppointmentPage(IStringLocalizer<SharedResource> localizer) : PageModel
{
    protected IStringLocalizer<SharedResource> L => localizer;

    protected IActionResult Refusal(RecordResult result) => result.NotFound ? NotFound() : Forbid();

    /// <summary>Each refusal next to its input (same property name under <paramref name="prefix"/>), or above the form.</summary>
    protected void AddErrors(RecordResult result, string prefix)
    {
        foreach (var error in result.Errors)
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{prefix}.{error.Field}", L[error.Message, error.Arguments]);
    }

    /// <summary>Back to the calendar on the appointment's day, with a status message.</summary>
    protected RedirectToPageResult DoneToCalendar(DateOnly day, string message, params object[] arguments)
    {
        TempData["Status"] = L[message, arguments].Value;
        return RedirectToPage("/Visits/Appointments/Index", new { start = Lists.VisitText.Day(day) });
    }
}
