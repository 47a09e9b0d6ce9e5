using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Appointments;
using GroupCrm.Core.Visits.Lists;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Pages.Visits.Lists;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Visits;

/// <summary>
/// The visit list: the user's own visits, or all they see (a market manager's district), filtered by
/// month, account, store, kind and visitor. Filters arrive as text and are read leniently: one that
/// cannot be understood is named in a notice and left out, and the list still shows.
/// </summary>
public sealed class IndexModel(CrmDbContext db, VisitList visits) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public int? AccountId { get; set; }
    [BindProperty(SupportsGet = true)] public int? StoreId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public int? VisitorId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Scope { get; set; }
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public VisitListPage Result { get; private set; } = new([], 0, 1, 1);
    public VisitScope ShownScope { get; private set; }
    public List<string> Notices { get; } = [];
    public IReadOnlyList<Choice> Accounts { get; private set; } = [];
    public IReadOnlyList<Choice> Stores { get; private set; } = [];
    public IReadOnlyList<Choice> Visitors { get; private set; } = [];

    /// <summary>What "all I see" is called for this user.</summary>
    public string DistrictScopeTitle => User.ToViewer().Role switch
    {
        Roles.MarketManager => "My district's visits",
        Roles.AccountManager => "All visits to my accounts",
        _ => "All visits",
    };

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        // A number that did not bind (accountId=abc) arrives as null: the filter is simply not applied.
        if (!ModelState.IsValid) Notices.Add("Some filters could not be read and were left out.");
        DateOnly? month = null;
        if (!string.IsNullOrWhiteSpace(Month))
        {
            if (VisitText.TryParseMonth(Month, out var parsed)) month = parsed;
            else Notices.Add("The month must look like 2026-03: showing all months.");
        }
        VisitKind? kind = null;
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            if (Enum.TryParse<VisitKind>(Kind.Trim(), ignoreCase: true, out var k) && Enum.IsDefined(k)) kind = k;
            else Notices.Add("Unknown kind of visit: showing both kinds.");
        }
        ShownScope = ReadScope(viewer);

        Accounts = await VisitListChoices.AccountsAsync(db, viewer, ct);
        if (AccountId is { } account)
        {
            Stores = await VisitListChoices.StoresAsync(db, viewer, account, ct);
            // A store left over from a previously chosen account would hide every visit.
            if (StoreId is { } store && Stores.All(s => s.Id != store)) StoreId = null;
        }
        Visitors = await VisitListChoices.VisitorsAsync(db, viewer, ct);
        Result = await visits.QueryAsync(viewer, new VisitListFilter(month, AccountId, StoreId, kind, VisitorId, ShownScope, PageNumber), ct);
        PageNumber = Result.Page;
    }

    private VisitScope ReadScope(Viewer viewer)
    {
        var scope = (Scope ?? "").Trim();
        if (scope.Equals("mine", StringComparison.OrdinalIgnoreCase)) return VisitScope.Mine;
        if (scope.Equals("district", StringComparison.OrdinalIgnoreCase)) return VisitScope.District;
        if (scope.Length > 0) Notices.Add("Unknown list: showing the default one.");
        // Asking for someone else's visits means looking beyond one's own.
        return VisitorId is { } visitor && visitor != viewer.UserId ? VisitScope.District : VisitList.DefaultScope(viewer);
    }

    public string ScopeValue => ShownScope == VisitScope.Mine ? "mine" : "district";

    /// <summary>The current filters plus a page number, for the paging links.</summary>
    public Dictionary<string, string> RouteFor(int page) => new()
    {
        [nameof(Month)] = Month ?? "",
        [nameof(AccountId)] = AccountId?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(StoreId)] = StoreId?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(Kind)] = Kind ?? "",
        [nameof(VisitorId)] = VisitorId?.ToString(CultureInfo.InvariantCulture) ?? "",
        [nameof(Scope)] = ScopeValue,
        [nameof(PageNumber)] = page.ToString(CultureInfo.InvariantCulture),
    };
}
