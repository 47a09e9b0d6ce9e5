using System.ComponentModel.DataAnnotations;
using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace GroupCrm.Web.Pages.Accounts;

/// <summary>The accounts the signed-in user may see, filtered by state, district, manager and text.</summary>
public sealed class IndexModel(CrmDbContext db, OrganisationCalendar calendar) : PageModel
{
    [BindProperty(SupportsGet = true)] public AccountState? State { get; set; }
    [BindProperty(SupportsGet = true)] public int? DistrictId { get; set; }
    [BindProperty(SupportsGet = true)] public int? ManagerId { get; set; }

    [BindProperty(SupportsGet = true), StringLength(100, ErrorMessage = "The search text can be at most 100 characters.")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public AccountListPage Result { get; private set; } = new([], 0, 1, 1);
    public IReadOnlyList<SelectListItem> Districts { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Managers { get; private set; } = [];
    public IReadOnlyDictionary<int, (bool Expired, bool ExpiringSoon)> Flags { get; private set; } = new Dictionary<int, (bool, bool)>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        // Over-long search text is reported on the form and not searched for.
        var text = ModelState.IsValid ? Text : null;
        Result = await AccountList.QueryAsync(db, viewer, new AccountFilter(State, DistrictId, ManagerId, text, PageNumber), ct);
        PageNumber = Result.Page;
        Flags = await DocumentFlags.ForAccountsAsync(db, Result.Rows.Select(r => r.Id), calendar.Today, ct);
        Districts = await DistrictChoices.LoadAsync(db, ct);
        Managers = [.. (await AccountList.ManagersAsync(db, viewer, ct))
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(CultureInfo.InvariantCulture)))];
    }

    public bool CanCreate => User.IsInRole(Roles.AccountManager) || User.IsInRole(Roles.Administrator);

    /// <summary>The current filters plus a page number, for the paging links.</summary>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        [nameof(State)] = State?.ToString() ?? "",
        [nameof(DistrictId)] = DistrictId?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(ManagerId)] = ManagerId?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(Text)] = Text ?? "",
        [nameof(PageNumber)] = page.ToString(CultureInfo.InvariantCulture),
    };
}
