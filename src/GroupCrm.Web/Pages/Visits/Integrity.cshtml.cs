using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Targets;
using GroupCrm.Core.Visits.SpotChecks;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Visits;

/// <summary>
/// Data-integrity scores per account manager for a month, within the viewer's scope, and the spot checks
/// behind one manager's score. A manager outside the viewer's scope is a 404.
/// </summary>
public sealed class IntegrityModel(IntegrityScores scores, OrganisationCalendar calendar) : PageModel
{
    public DateOnly Month { get; private set; }
    public IReadOnlyList<IntegrityRow> Rows { get; private set; } = [];

    /// <summary>The manager whose spot checks are listed, when one was chosen.</summary>
    public (int Id, string Name)? Manager { get; private set; }

    public IReadOnlyList<SpotCheckRow> SpotChecks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? month, int? userId, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        Month = SalesMonth.TryParse(month, out var m) ? m : SalesMonth.Current(calendar);
        Rows = await scores.ForMonthAsync(viewer, Month, ct);
        if (userId is not { } id) return Page();

        var name = await scores.ManagerNameAsync(viewer, id, ct);
        if (name is null) return NotFound();
        Manager = (id, name);
        SpotChecks = await scores.SpotChecksOfAsync(viewer, id, Month, ct);
        return Page();
    }
}
