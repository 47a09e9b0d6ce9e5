using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Analytics;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Sales.Charts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace GroupCrm.Web.Pages.Sales;

/// <summary>
/// The month across accounts: an account manager's own chains; a market manager's district; the marketing
/// centre and administrators pick a district. ?month=yyyy-MM chooses the month, else the last full one.
/// </summary>
public sealed class IndexModel(PortfolioAnalytics portfolio, DistrictAnalytics districts, CrmDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? DistrictId { get; set; }

    public AccountsMonthReport Accounts { get; private set; } = null!;

    /// <summary>Set for the district view; null for an account manager's own chains.</summary>
    public DistrictSalesReport? District { get; private set; }

    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];

    /// <summary>The month in the address was not a month; the default is shown instead.</summary>
    public bool MonthNotUnderstood { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        DateOnly? month = null;
        if (SalesFormat.TryParseMonth(Month, out var asked)) month = asked;
        else MonthNotUnderstood = !string.IsNullOrEmpty(Month);

        if (viewer.SeesEverything)
        {
            Districts = await DistrictChoices.LoadAsync(db, ct);
            DistrictId ??= Districts.Count == 0 ? null : int.Parse(Districts[0].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (viewer is { Role: Roles.MarketManager, DistrictId: { } own })
        {
            // A market manager's view is their district; asking for another one is asking for something that is not theirs.
            if (DistrictId is { } other && other != own) return NotFound();
            DistrictId = own;
        }
        else
        {
            DistrictId = null;
            Accounts = await portfolio.ForViewerAsync(viewer, month, ct);
            return Page();
        }

        if (DistrictId is not { } districtId) return NotFound();
        District = await districts.ForDistrictAsync(viewer, districtId, month, ct);
        if (District is null) return NotFound();
        Accounts = District.Accounts;
        return Page();
    }
}
