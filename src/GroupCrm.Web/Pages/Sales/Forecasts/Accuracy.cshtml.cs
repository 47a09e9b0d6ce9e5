using GroupCrm.Core.Sales.Forecasts;
using GroupCrm.Core.Sales.Targets;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Sales.Forecasts;

/// <summary>One account's forecast accuracy in a scored month: every line, and the products sold without a forecast.</summary>
public sealed class AccuracyModel(ForecastScores scores) : PageModel
{
    public AccountAccuracy Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int accountId, string? month, CancellationToken ct)
    {
        var detail = await scores.AccountAsync(User.ToViewer(), accountId, SalesMonth.TryParse(month, out var m) ? m : null, ct);
        if (detail is null) return NotFound();
        Detail = detail;
        return Page();
    }
}
