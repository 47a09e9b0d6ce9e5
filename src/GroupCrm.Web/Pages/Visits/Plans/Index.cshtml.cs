using GroupCrm.Core.Visits.Plans;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Visits.Plans;

/// <summary>
/// The periods of one account manager around today, with each period's plan state and plan against actual.
/// Account managers see their own; a market manager picks one of their district's; the administrator and the
/// marketing centre pick anyone. Someone the viewer may not read is not found.
/// </summary>
public sealed class IndexModel(VisitPlanViews views) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? UserId { get; set; }

    public PlanOwners Owners { get; private set; } = new(null, []);
    public IReadOnlyList<PlanPeriodRow> Rows { get; private set; } = [];
    public bool IsOwn => Owners.Owner?.UserId == User.ToViewer().UserId;

    /// <summary>Only an account manager has no one else to pick.</summary>
    public bool ShowPicker => !User.IsInRole(GroupCrm.Core.Organisation.Roles.AccountManager) && Owners.Choices.Count > 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        Owners = await views.OwnersAsync(viewer, UserId, ct);
        if (Owners.Owner is not { } owner) return UserId is null ? Page() : NotFound();
        var rows = await views.PeriodsAsync(viewer, owner.UserId, ct);
        if (rows is null) return NotFound();
        Rows = rows;
        return Page();
    }

    /// <summary>The route values of a period's page: the owner is named only when it is not the viewer.</summary>
    public Dictionary<string, string> RouteOf(DateOnly start)
    {
        var values = new Dictionary<string, string> { ["period"] = PlanFormat.Iso(start) };
        if (!IsOwn && Owners.Owner is { } owner) values["userId"] = owner.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return values;
    }
}
