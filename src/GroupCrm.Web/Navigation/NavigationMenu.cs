using System.Security.Claims;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Web.Navigation;

/// <summary>The main menu, by role: each entry names the roles that may open it.</summary>
public sealed class NavigationMenu
{
    /// <param name="InAdministration">Listed under the "Administration" drop-down rather than in the bar, which would not fit them.</param>
    public sealed record Item(string Title, string Page, IReadOnlyList<string> Roles, bool InAdministration = false);

    private static readonly string[] Everyone = [.. Roles.All];
    private static readonly string[] Managers = [Roles.AccountManager, Roles.MarketManager, Roles.Administrator];

    public static readonly IReadOnlyList<Item> Items =
    [
        new("Accounts", "/Accounts/Index", Everyone),
        new("Visits", "/Visits/Index", Managers),
        new("Quotas", "/Quotas/Index", [Roles.AccountManager, Roles.MarketManager, Roles.MarketingCenter, Roles.Administrator]),
        new("Products", "/Products/Index", Everyone),
        new("Sales", "/Sales/Index", Everyone),
        new("Allocations", "/Allocations/Index", Everyone),
        new("Letters", "/Letters/Index", Everyone),
        new("Bulletins", "/Bulletins/Index", Everyone),
        new("Users", "/Admin/Users/Index", [Roles.Administrator], InAdministration: true),
        new("Letter templates", "/Admin/Templates/Index", [Roles.Administrator], InAdministration: true),
        new("Jobs", "/Admin/Jobs/Index", [Roles.Administrator], InAdministration: true),
        new("Mail outbox", "/Admin/Outbox/Index", [Roles.Administrator], InAdministration: true),
    ];

    public IEnumerable<Item> For(ClaimsPrincipal user) => Items.Where(i => i.Roles.Any(user.IsInRole));

    /// <summary>An item is current on its own page and every page in the same folder ("/Admin/Users/Edit" under "Users").</summary>
    public bool IsCurrent(Item item, string? currentPage) =>
        currentPage is not null && currentPage.StartsWith(item.Page[..(item.Page.LastIndexOf('/') + 1)], StringComparison.OrdinalIgnoreCase);
}
