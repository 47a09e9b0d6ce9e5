using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Bulletins;

/// <summary>
/// What the pages of one district's bulletin of one month share: reading "?district=…&amp;month=yyyy-MM". A district
/// the user does not read (or no district) is a 404; a month that cannot be read is a 400 with a message on the page.
/// </summary>
public abstract class BulletinPage(MarketBulletins bulletins, OrganisationCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "district")] public int? DistrictId { get; set; }
    [BindProperty(SupportsGet = true, Name = "month")] public string? MonthText { get; set; }

    protected MarketBulletins Bulletins => bulletins;
    protected OrganisationCalendar Calendar => calendar;

    public BulletinDistrict District { get; private set; } = null!;
    public DateOnly Month { get; private set; }

    /// <summary>Why the page shows no bulletin (English text, a localization key), with its arguments.</summary>
    public string? Problem { get; private set; }
    public object[] ProblemArguments { get; private set; } = [];

    public TimeZoneInfo Zone => calendar.TimeZone;

    /// <returns>The 404 when the district is not the user's to read; otherwise null, with <see cref="Problem"/> set for a bad month.</returns>
    protected async Task<IActionResult?> ResolveAsync(CancellationToken ct)
    {
        if (ModelState.GetFieldValidationState("district") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid || DistrictId is not { } id)
            return NotFound();
        if (await bulletins.FindDistrictAsync(User.ToViewer(), id, ct) is not { } district) return NotFound();
        District = district;
        ModelState.Remove("month");
        if (!BulletinMonths.TryParse(MonthText, out var month)) return Refuse(BulletinDisplay.MalformedMonth);
        Month = month;
        return null;
    }

    /// <summary>Shows the message instead of the bulletin, answering 400: the address asked for something that cannot be.</summary>
    protected IActionResult? Refuse(string message, params object[] arguments)
    {
        Problem = message;
        ProblemArguments = arguments;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return null;
    }
}
