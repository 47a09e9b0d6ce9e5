using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Bulletins;

/// <summary>
/// The market bulletins the user reads, newest month first, one district at a time for those who read several;
/// the district's writer finds this month's and last month's bulletin to write (or to finish) at the top.
/// </summary>
public sealed class IndexModel(MarketBulletins bulletins, OrganisationCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? District { get; set; }

    public IReadOnlyList<BulletinDistrict> Districts { get; private set; } = [];
    public IReadOnlyList<BulletinRow> Rows { get; private set; } = [];

    /// <summary>This month and last month, in each district the user writes among those shown.</summary>
    public IReadOnlyList<(BulletinDistrict District, DateOnly Month, bool Written)> ToWrite { get; private set; } = [];

    public DateOnly ThisMonth { get; private set; }
    public bool SeveralDistricts => Districts.Count > 1;

    /// <summary>Whether the month is still open for writing (old bulletins stay as they were).</summary>
    public bool Writable(DateOnly month) => BulletinMonths.Problem(month, calendar.Today) is null;
    public TimeZoneInfo Zone => calendar.TimeZone;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        Districts = await bulletins.DistrictsAsync(viewer, ct);
        // A district that cannot be read, or a filter that is not a number, is not a page.
        if (!ModelState.IsValid || (District is { } asked && Districts.All(d => d.Id != asked))) return NotFound();
        Rows = await bulletins.ListAsync(viewer, District, ct);
        ThisMonth = BulletinMonths.This(calendar.Today);
        var shown = Districts.Where(d => d.CanWrite && (District is null ? !viewer.SeesEverything : d.Id == District));
        ToWrite = [.. shown.SelectMany(d => new[] { ThisMonth, ThisMonth.AddMonths(-1) }
            .Select(m => (d, m, Rows.Any(r => r.DistrictId == d.Id && r.Month == m))))];
        return Page();
    }
}
