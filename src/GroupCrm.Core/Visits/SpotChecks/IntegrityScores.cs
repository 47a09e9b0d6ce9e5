using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.SpotChecks;

/// <summary>An account manager's data-integrity score for a month: their spot checks and the fields that matched.</summary>
public sealed record IntegrityRow(int UserId, string Name, string? DistrictName, string? DistrictNameEn, int SpotChecks, SpotCheckScore Score);

/// <summary>One spot check of an account manager, for the drill-down under the score.</summary>
public sealed record SpotCheckRow(int VisitId, DateOnly VisitedOn, string AccountName, string? StoreName, string CheckedByName, SpotCheckScore Score);

/// <summary>
/// Data-integrity scores per account manager and month (by the spot check's day): Σ matched / Σ compared
/// over the spot checks of them. Who is listed follows the people rule: an account manager sees
/// themself, a market manager their district's account managers, the marketing centre and administrators all.
/// </summary>
public sealed class IntegrityScores(CrmDbContext db)
{
    public async Task<IReadOnlyList<IntegrityRow>> ForMonthAsync(Viewer viewer, DateOnly month, CancellationToken ct = default)
    {
        var (first, next) = Bounds(month);
        var scores = await db.Visits.AsNoTracking()
            .Where(v => v.SpotCheckOfUserId != null && v.VisitedOn >= first && v.VisitedOn < next)
            .GroupBy(v => v.SpotCheckOfUserId!.Value)
            .Select(g => new { UserId = g.Key, Count = g.Count(), Compared = g.Sum(v => v.SpotCheckFieldsCompared), Matched = g.Sum(v => v.SpotCheckFieldsMatched) })
            .ToDictionaryAsync(s => s.UserId, ct);
        var checkedIds = scores.Keys.ToList();
        var managers = await ManagersInScope(viewer)
            .Where(u => !u.IsDisabled || checkedIds.Contains(u.Id))
            .OrderBy(u => u.District!.Code).ThenBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName, District = u.District!.Name, DistrictEn = u.District!.NameEn })
            .ToListAsync(ct);
        return [.. managers.Select(m => scores.TryGetValue(m.Id, out var s)
            ? new IntegrityRow(m.Id, m.DisplayName, m.District, m.DistrictEn, s.Count, new SpotCheckScore(s.Compared, s.Matched))
            : new IntegrityRow(m.Id, m.DisplayName, m.District, m.DistrictEn, 0, SpotCheckScore.None))];
    }

    /// <returns>The name of the account manager when the viewer may see their score, else null.</returns>
    public Task<string?> ManagerNameAsync(Viewer viewer, int userId, CancellationToken ct = default) =>
        ManagersInScope(viewer).Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);

    /// <summary>The spot checks of one account manager in the month that the viewer sees (by their accounts), oldest first.</summary>
    public async Task<IReadOnlyList<SpotCheckRow>> SpotChecksOfAsync(Viewer viewer, int userId, DateOnly month, CancellationToken ct = default)
    {
        var (first, next) = Bounds(month);
        var inScope = ManagersInScope(viewer).Where(u => u.Id == userId);
        return await db.Visits.AsNoTracking().VisibleTo(db, viewer)
            .Where(v => v.SpotCheckOfUserId == userId && v.VisitedOn >= first && v.VisitedOn < next && inScope.Any())
            .OrderBy(v => v.VisitedAt).ThenBy(v => v.Id)
            .Select(v => new SpotCheckRow(v.Id, v.VisitedOn,
                db.Accounts.Where(a => a.Id == v.AccountId).Select(a => a.Name).First(),
                db.Stores.Where(s => s.Id == v.StoreId).Select(s => s.Name).FirstOrDefault(),
                db.Users.Where(u => u.Id == v.VisitorId).Select(u => u.DisplayName).First(),
                new SpotCheckScore(v.SpotCheckFieldsCompared, v.SpotCheckFieldsMatched)))
            .ToListAsync(ct);
    }

    private IQueryable<CrmUser> ManagersInScope(Viewer viewer)
    {
        var managerIds = db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.AccountManager), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);
        var managers = db.Users.AsNoTracking().Where(u => managerIds.Contains(u.Id));
        return viewer.Role switch
        {
            Roles.Administrator or Roles.MarketingCenter => managers,
            Roles.MarketManager => managers.Where(u => u.DistrictId == viewer.DistrictId),
            Roles.AccountManager => managers.Where(u => u.Id == viewer.UserId),
            _ => managers.Where(_ => false),
        };
    }

    private static (DateOnly First, DateOnly Next) Bounds(DateOnly month)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        return (first, first.AddMonths(1));
    }
}
