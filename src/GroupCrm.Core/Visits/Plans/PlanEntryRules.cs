using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Plans;

/// <summary>
/// What may go into a plan: a day of its period, and the HQ or an active store of one of the plan owner's
/// own visitable accounts. Ids come from a form, so each is checked against the owner, never trusted.
/// </summary>
internal static class PlanEntryRules
{
    /// <summary>Far more than two weeks of work; it only stops a runaway form.</summary>
    public const int MaxVisits = 300;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<RecordError?> CheckAsync(CrmDbContext db, VisitPlan plan, PlannedVisitInput input, CancellationToken ct)
    {
        var end = PlanPeriods.EndOf(plan.PeriodStart);
        if (input.Day < plan.PeriodStart || input.Day > end)
            return new RecordError(nameof(input.Day), PlanMessages.DayOutsidePeriod, Iso(plan.PeriodStart), Iso(end));
        var account = await db.Accounts.Where(a => a.Id == input.AccountId && a.AccountManagerId == plan.UserId)
            .Select(a => new AccountScope(a.Id, a.Name, a.DistrictId, a.AccountManagerId, a.State)).SingleOrDefaultAsync(ct);
        if (account is null) return new RecordError(nameof(input.AccountId), PlanMessages.NotYourAccount);
        if (!account.IsVisitable()) return new RecordError(nameof(input.AccountId), VisitAccess.NotVisitableMessage);
        if (input.StoreId is { } storeId)
        {
            var store = await db.Stores.Where(s => s.Id == storeId).Select(s => new { s.AccountId, s.IsActive }).SingleOrDefaultAsync(ct);
            if (store is null || store.AccountId != input.AccountId) return new RecordError(nameof(input.StoreId), PlanMessages.StoreOfOtherAccount);
            if (!store.IsActive) return new RecordError(nameof(input.StoreId), PlanMessages.StoreInactive);
        }
        if (plan.Visits.Any(v => v.Day == input.Day && v.AccountId == input.AccountId && v.StoreId == input.StoreId))
            return new RecordError("", PlanMessages.AlreadyPlanned);
        if (plan.Visits.Count >= MaxVisits)
            return new RecordError("", PlanMessages.TooManyVisits, MaxVisits);
        return null;
    }

    /// <summary>
    /// The planned visits that could no longer be added: their store was deactivated, or their account closed or
    /// handed to another manager since they were planned. A plan is submitted only without them.
    /// </summary>
    public static async Task<HashSet<int>> NoLongerPossibleAsync(CrmDbContext db, int ownerId, IReadOnlyCollection<PlannedVisit> visits, CancellationToken ct)
    {
        var accountIds = visits.Select(v => v.AccountId).Distinct().ToList();
        var storeIds = visits.Where(v => v.StoreId != null).Select(v => v.StoreId!.Value).Distinct().ToList();
        var accounts = await db.Accounts
            .Where(a => accountIds.Contains(a.Id) && a.AccountManagerId == ownerId
                && (a.State == AccountState.Active || a.State == AccountState.Suspended))
            .Select(a => a.Id).ToListAsync(ct);
        var stores = (await db.Stores.Where(s => storeIds.Contains(s.Id) && s.IsActive)
            .Select(s => new { s.Id, s.AccountId }).ToListAsync(ct)).Select(s => (s.Id, s.AccountId)).ToHashSet();
        return [.. visits.Where(v => !accounts.Contains(v.AccountId)
                || (v.StoreId is { } store && !stores.Contains((store, v.AccountId))))
            .Select(v => v.Id)];
    }
}
