using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits.Recording;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Visits;

/// <summary>One recorded visit, for whoever sees its account; anyone else gets a 404.</summary>
public sealed class DetailsModel(VisitDetailsQuery visits, OrganisationCalendar calendar) : PageModel
{
    public VisitDetails Visit { get; private set; } = null!;

    public TimeZoneInfo TimeZone => calendar.TimeZone;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var visit = await visits.FindAsync(User.ToViewer(), id, ct);
        if (visit is null) return NotFound();
        Visit = visit;
        return Page();
    }
}
