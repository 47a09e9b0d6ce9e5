using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Targets;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Sales.Targets;

/// <summary>One account's targets for a month: the total and the per-product targets, editable by the district's market manager while the month is open.</summary>
public sealed class AccountModel(CrmDbContext db, SalesTargets targets, OrganisationCalendar calendar, IStringLocalizer<SharedResource> localizer)
    : TargetPage(localizer)
{
    public DateOnly LocalDate(DateTimeOffset instant) => calendar.LocalDate(instant);

    public AccountTargets Targets { get; private set; } = null!;
    public string MonthText => SalesMonth.Format(Targets.Month);

    public async Task<IActionResult> OnGetAsync(int accountId, string? month, CancellationToken ct)
    {
        var found = await targets.ForAccountAsync(User.ToViewer(), accountId, MonthOr(month, targets.CurrentMonth), ct);
        if (found is null) return NotFound();
        Targets = found;
        return Page();
    }

    public async Task<IActionResult> OnPostSetAsync(int accountId, string? month, int? productId, string? quantity, uint version, CancellationToken ct)
    {
        var (refused, chosen, back) = await CheckAsync(accountId, month, ct);
        if (refused is not null) return refused;
        if (!SalesQuantity.TryParse(quantity, out var value))
        {
            TempData["Error"] = L[SalesQuantity.OutOfRange].Value;
            return Redirect(Url.Content(back));
        }
        var result = await targets.SetAsync(User.ToViewer(), accountId, chosen, productId, value, version, ct);
        return result.Succeeded ? Back(back, "The target was saved: {0}.", value.ToString("N0", CultureInfo.CurrentCulture)) : Refused(result, back);
    }

    public async Task<IActionResult> OnPostRemoveAsync(int accountId, string? month, int? productId, uint version, CancellationToken ct)
    {
        var (refused, chosen, back) = await CheckAsync(accountId, month, ct);
        if (refused is not null) return refused;
        var result = await targets.RemoveAsync(User.ToViewer(), accountId, chosen, productId, version, ct);
        return result.Succeeded ? Back(back, "The target was removed.") : Refused(result, back);
    }

    private async Task<(IActionResult? Refused, DateOnly Month, string Back)> CheckAsync(int accountId, string? month, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        var account = await db.FindVisibleAsync(viewer, accountId, ct);
        var chosen = MonthOr(month, targets.CurrentMonth);
        IActionResult? refused = account is null ? NotFound() : viewer.CanSet(account) ? null : Forbid();
        return (refused, chosen, $"~/Sales/Targets/{accountId}?month={SalesMonth.Format(chosen)}");
    }
}
