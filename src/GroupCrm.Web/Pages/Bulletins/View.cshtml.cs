using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GroupCrm.Web.Pages.Bulletins;

/// <summary>One district's bulletin of one month, its parts rendered safely as the letters show them.</summary>
public sealed class ViewModel(MarketBulletins bulletins, OrganisationCalendar calendar) : BulletinPage(bulletins, calendar)
{
    public BulletinDetails Bulletin { get; private set; } = null!;

    /// <summary>Whether the user may write the bulletin of this month (it is within the months open for writing).</summary>
    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ResolveAsync(ct) is { } refused) return refused;
        if (Problem is not null) return Page();
        CanEdit = District.CanWrite && BulletinMonths.Problem(Month, Calendar.Today) is null;
        if (await Bulletins.GetAsync(User.ToViewer(), District.Id, Month, ct) is not { } bulletin)
        {
            // A writer is taken to write it; a reader has nothing to read.
            return CanEdit ? RedirectToPage("Edit", BulletinDisplay.Route(District.Id, Month)) : NotFound();
        }
        Bulletin = bulletin;
        return Page();
    }
}
