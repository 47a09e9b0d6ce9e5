using System.Globalization;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits.Prep;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Visits;

/// <summary>
/// The prep sheet before a visit: /Visits/Prep?accountId=…&amp;storeId=… (no store: the HQ visit). Without an
/// account it offers the accounts to choose from; an account the viewer does not see, a store of another
/// account, or ids that are not numbers are all "not found".
/// </summary>
public sealed class PrepModel(PrepSheets sheets, OrganisationCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? AccountId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? StoreId { get; set; }

    public PrepSheet? Sheet { get; private set; }

    public IReadOnlyList<PrepAccountChoice> Accounts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return NotFound();
        var viewer = User.ToViewer();
        if (AccountId is not { } accountId)
        {
            if (StoreId is not null) return NotFound();
            Accounts = await sheets.AccountChoicesAsync(viewer, ct);
            return Page();
        }
        Sheet = await sheets.ForAsync(viewer, accountId, StoreId, ct);
        return Sheet is null ? NotFound() : Page();
    }

    /// <summary>The appointment this HQ visit keeps, when it is today's: the visit form then starts from it.</summary>
    public int? TodaysAppointmentId => Sheet?.NextAppointment is { } next && next.Day == Sheet.Today ? next.Id : null;

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Time(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, calendar.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Price(decimal? price) => price?.ToString("N2", CultureInfo.CurrentCulture) ?? "–";

    public static string Count(int? count) => count?.ToString("N0", CultureInfo.CurrentCulture) ?? "–";
}
