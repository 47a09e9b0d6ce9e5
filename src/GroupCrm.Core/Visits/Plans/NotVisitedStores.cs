using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Plans;

/// <summary>The helper's answer: the month it looked at and the stores still to visit in it.</summary>
public sealed record NotVisitedThisMonth(DateOnly Month, IReadOnlyList<UnvisitedStore> Stores);

/// <summary>
/// "Stores not yet visited this month", for drafting a plan: the active stores of the manager's own visitable
/// accounts with no store visit recorded by that manager in the month. A market manager's visit does not count,
/// because the quota asks the account manager to visit every store. The month is the one the period starts in.
/// Each store also lists the days the period's draft already plans it for.
/// </summary>
public sealed class NotVisitedStores(CrmDbContext db)
{
    public async Task<NotVisitedThisMonth?> ForPeriodAsync(
        Viewer viewer, int ownerId, DateOnly periodStart, int? accountId = null, CancellationToken ct = default)
    {
        if (!await db.PlanOwnersVisibleTo(viewer).AnyAsync(u => u.Id == ownerId, ct)) return null;
        var month = new DateOnly(periodStart.Year, periodStart.Month, 1);
        var next = month.AddMonths(1);
        var stores = await db.Stores.AsNoTracking()
            .Where(s => s.IsActive && s.Account!.AccountManagerId == ownerId
                && (s.Account.State == AccountState.Active || s.Account.State == AccountState.Suspended)
                && (accountId == null || s.AccountId == accountId)
                && !db.Visits.Any(v => v.StoreId == s.Id && v.VisitorId == ownerId && v.VisitedOn >= month && v.VisitedOn < next))
            .OrderBy(s => s.Account!.Name).ThenBy(s => s.AccountId).ThenBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.AccountId, AccountName = s.Account!.Name, s.Id, s.Name })
            .ToListAsync(ct);
        var planned = await db.PlannedVisits.AsNoTracking()
            .Where(v => v.StoreId != null && db.VisitPlans.Any(p => p.Id == v.PlanId && p.UserId == ownerId
                && p.PeriodStart == periodStart && p.State == VisitPlanState.Draft))
            .Select(v => new { StoreId = v.StoreId!.Value, v.Day }).ToListAsync(ct);
        var days = planned.ToLookup(p => p.StoreId, p => p.Day);
        return new NotVisitedThisMonth(month, [.. stores.Select(s =>
            new UnvisitedStore(s.AccountId, s.AccountName, s.Id, s.Name, [.. days[s.Id].Order()]))]);
    }
}
