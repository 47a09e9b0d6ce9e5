using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Forecasts;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Sales.Forecasts;

/// <summary>Next month's forecasts of the accounts the user sees, and the accuracy of the last closed months per account and per manager.</summary>
public sealed class IndexModel(DemandForecasts forecasts, ForecastScores scores) : PageModel
{
    public DateOnly NextMonth { get; private set; }
    public IReadOnlyList<ForecastAccountRow> Accounts { get; private set; } = [];
    public AccuracyTable Accuracy { get; private set; } = new([], [], []);
    public bool ShowManager => !User.IsInRole(Roles.AccountManager);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        NextMonth = forecasts.NextMonth;
        Accounts = await forecasts.AccountsAsync(viewer, ct);
        Accuracy = await scores.TableAsync(viewer, ct);
    }
}
