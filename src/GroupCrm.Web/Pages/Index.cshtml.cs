using GroupCrm.Core.Data;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Pages;

/// <summary>The home dashboard: the accounts this person may see, by state, the tiles of their role, and their unread notifications.</summary>
public sealed class IndexModel(
    CrmDbContext db, NotificationInbox inbox, OrganisationCalendar calendar, QuotaAudience quotaAudience, ComplianceEngine compliance,
    LetterReview letters) : PageModel
{
    /// <summary>A figure with its caption; <see cref="Page"/> (a page name) or <see cref="Url"/> (a path with its query) is where it leads.</summary>
    public sealed record Tile(string Caption, int Figure, string? Page = null, string? Url = null);

    public string Role { get; private set; } = "";
    public IReadOnlyList<(AccountState State, int Count)> AccountsByState { get; private set; } = [];
    public List<Tile> Tiles { get; } = [];
    public IReadOnlyList<InboxItem> Notices { get; private set; } = [];
    public DateOnly Today => calendar.Today;
    public TimeZoneInfo Zone => calendar.TimeZone;

    /// <summary>The month whose letters are being reviewed now (the one just closed), and how many the viewer sees in each state.</summary>
    public DateOnly LetterMonth { get; private set; }
    public IReadOnlyDictionary<LetterState, int> LetterCounts { get; private set; } = new Dictionary<LetterState, int>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var viewer = User.ToViewer();
        Role = viewer.Role;
        Notices = await inbox.UnreadAsync(viewer, 10, ct);
        var accounts = db.Accounts.VisibleTo(viewer);
        var byState = await accounts.GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        AccountsByState = byState.OrderBy(s => s.Key).Select(s => (s.Key, s.Count)).ToList();
        int Count(params AccountState[] states) => byState.Where(s => states.Contains(s.Key)).Sum(s => s.Count);

        Tiles.Add(new Tile("Active accounts", Count(AccountState.Active)));
        Tiles.Add(new Tile("Active stores", await db.Stores.CountAsync(s => s.IsActive && accounts.Any(a => a.Id == s.AccountId && a.State == AccountState.Active), ct)));
        switch (viewer.Role)
        {
            case Roles.AccountManager:
                Tiles.Add(new Tile("Drafts to submit", Count(AccountState.Draft)));
                Tiles.Add(new Tile("Rejected, to rework", Count(AccountState.Rejected)));
                break;
            case Roles.MarketManager:
                Tiles.Add(new Tile("Awaiting review or site survey", Count(AccountState.Submitted, AccountState.UnderReview)));
                Tiles.Add(new Tile("Account managers in the district", await CountAccountManagersAsync(viewer.DistrictId, ct)));
                break;
            case Roles.MarketingCenter:
                Tiles.Add(new Tile("Awaiting your approval", Count(AccountState.PendingApproval)));
                break;
            case Roles.Administrator:
                Tiles.Add(new Tile("Users", await db.Users.CountAsync(ct), "/Admin/Users/Index"));
                Tiles.Add(new Tile("Disabled users", await db.Users.CountAsync(u => u.IsDisabled, ct), "/Admin/Users/Index"));
                break;
        }
        await AddQuotaTilesAsync(viewer, ct);
        LetterMonth = LetterMonths.Previous(calendar.Today);
        LetterCounts = await letters.CountsAsync(viewer, LetterMonth, ct);
        if (viewer.Role == Roles.AccountManager)
            Tiles.Add(new Tile("Letters to review", LetterCounts[LetterState.Draft] + LetterCounts[LetterState.SentBack], "/Letters/Index"));
    }

    /// <summary>
    /// This month's quotas: a manager's own open gaps (leading to their own page); for a market manager, the people of
    /// the district behind (at risk or already missed); for the marketing centre and the administrator, everyone's.
    /// One judgement of everyone the viewer audits gives all of it.
    /// </summary>
    private async Task AddQuotaTilesAsync(Viewer viewer, CancellationToken ct)
    {
        var people = await quotaAudience.VisibleToAsync(viewer, ct: ct);
        if (people.Count == 0) return;
        var month = await compliance.ForPeopleAsync(people, calendar.Today, ct);
        if (month.FirstOrDefault(p => p.Person.UserId == viewer.UserId) is { } own)
            Tiles.Add(new Tile("Open quota gaps this month", own.OpenGaps, Url: $"/Quotas/Person/{viewer.UserId}"));
        var behind = month.Count(p => p.Overall is QuotaStatus.AtRisk or QuotaStatus.Missed);
        if (viewer.Role == Roles.MarketManager) Tiles.Add(new Tile("People at risk in the district", behind, "/Quotas/Index"));
        if (viewer.SeesEverything) Tiles.Add(new Tile("People at risk", behind, "/Quotas/Index"));
    }

    public async Task<IActionResult> OnPostReadAsync(long notificationId, CancellationToken ct)
    {
        await inbox.MarkReadAsync(User.ToViewer(), notificationId, ct);
        return RedirectToPage();
    }

    private Task<int> CountAccountManagersAsync(int? districtId, CancellationToken ct) =>
        (from u in db.Users
         join ur in db.UserRoles on u.Id equals ur.UserId
         join r in db.Roles on ur.RoleId equals r.Id
         where u.DistrictId == districtId && r.Name == Roles.AccountManager && !u.IsDisabled
         select u.Id).CountAsync(ct);
}
