using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Sales.Targets;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Sales.Targets;

/// <summary>The targets of a month for every account the user sees; market managers and administrators set the totals here.</summary>
public sealed class IndexModel(CrmDbContext db, SalesTargets targets, IStringLocalizer<SharedResource> localizer) : TargetPage(localizer)
{
    public DateOnly Month { get; private set; }
    public DateOnly CurrentMonth { get; private set; }
    public bool IsOpen => TargetRules.IsOpen(Month, CurrentMonth);
    public bool CanImport => User.ToViewer().SetsTargets();
    public IReadOnlyList<TargetListRow> Rows { get; private set; } = [];
    public string MonthText => SalesMonth.Format(Month);

    public async Task OnGetAsync(string? month, CancellationToken ct)
    {
        CurrentMonth = targets.CurrentMonth;
        Month = MonthOr(month, CurrentMonth);
        Rows = await targets.ListAsync(User.ToViewer(), Month, ct);
    }

    public async Task<IActionResult> OnPostSetTotalAsync(int accountId, string? month, string? quantity, uint version, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        var account = await db.FindVisibleAsync(viewer, accountId, ct);
        if (account is null) return NotFound();
        if (!viewer.CanSet(account)) return Forbid();
        var chosen = MonthOr(month, targets.CurrentMonth);
        var back = $"~/Sales/Targets?month={SalesMonth.Format(chosen)}";
        if (!SalesQuantity.TryParse(quantity, out var value))
        {
            TempData["Error"] = L["{0}: {1}", account.Name, L[SalesQuantity.OutOfRange]].Value;
            return Redirect(Url.Content(back));
        }
        var result = await targets.SetAsync(viewer, accountId, chosen, null, value, version, ct);
        return result.Succeeded
            ? Back(back, "The target of {0} for {1} is now {2}.", account.Name, SalesMonth.Format(chosen), value.ToString("N0", System.Globalization.CultureInfo.CurrentCulture))
            : Refused(result, back);
    }
}
