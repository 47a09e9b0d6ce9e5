using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Quotas;

/// <summary>
/// Reads the facts of a month for many people at once: at most five queries (accounts, owed stores, HQ visits,
/// outing days, submitted plans; the rules are one more), each an AsNoTracking projection over all the people, none per person. A query
/// is skipped when no enabled rule needs it.
/// </summary>
internal sealed class QuotaFactsQuery(CrmDbContext db, OrganisationCalendar calendar)
{
    public async Task<QuotaFacts> LoadAsync(
        IReadOnlyList<QuotaPerson> people, JudgedMonth month, IReadOnlyList<QuotaRule> inForce, CancellationToken ct)
    {
        bool Enabled(QuotaRuleKind kind) => inForce.Any(r => r.Rule == kind && r.IsEnabled);
        var managers = people.Where(p => p.Role == Roles.AccountManager).Select(p => p.UserId).Distinct().ToArray();
        var marketManagers = people.Where(p => p.Role == Roles.MarketManager).ToList();
        var amHq = Enabled(QuotaRuleKind.AccountHqVisits) ? managers : [];
        var mmHq = Enabled(QuotaRuleKind.DistrictHqVisits) ? marketManagers : [];
        var amStores = Enabled(QuotaRuleKind.StoreCoverage) || Enabled(QuotaRuleKind.NoticeCoverage) ? managers : [];
        var districts = mmHq.Where(p => p.DistrictId != null).Select(p => p.DistrictId!.Value).Distinct().ToArray();
        var accountManagers = amHq.Union(amStores).ToArray();

        var cutoff = LastInstant(month);
        var accounts = accountManagers.Length + districts.Length == 0 ? [] : await CountingAccountsAsync(accountManagers, districts, cutoff, ct);
        var stores = amStores.Length == 0 ? [] : await OwedStoresAsync(accounts.Where(a => amStores.Contains(a.AccountManagerId)), month, cutoff, ct);
        var visitors = amHq.Concat(mmHq.Select(p => p.UserId)).Distinct().ToArray();
        var hqVisits = visitors.Length == 0 ? [] : await QualifyingHqVisitsAsync(visitors, month, ct);
        var outingManagers = Enabled(QuotaRuleKind.Outings) ? marketManagers.Select(p => p.UserId).Distinct().ToArray() : [];
        var outings = outingManagers.Length == 0 ? [] : await OutingDaysAsync(outingManagers, month, ct);
        var plans = managers.Length == 0 || !Enabled(QuotaRuleKind.PlanSubmission) ? [] : await SubmittedPlansAsync(managers, month, ct);
        return new QuotaFacts(accounts, stores, hqVisits, outings, plans);
    }

    /// <summary>
    /// The last instant (to PostgreSQL's microsecond) that belongs to the month: just before local midnight after its
    /// last day, or now for the current month. Account states and store deactivations are read as of this instant.
    /// </summary>
    private DateTimeOffset LastInstant(JudgedMonth month)
    {
        var now = calendar.Now.ToUniversalTime();
        if (!month.IsOver) return now;
        var midnight = month.LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue);
        while (calendar.TimeZone.IsInvalidTime(midnight)) midnight = midnight.AddMinutes(30);
        var end = new DateTimeOffset(midnight, calendar.TimeZone.GetUtcOffset(midnight)).ToUniversalTime();
        return end.AddTicks(-TimeSpan.TicksPerMicrosecond);
    }

    /// <summary>
    /// The accounts that count in the month (Active at its end) among the account managers' accounts and the
    /// districts' accounts. The state at the end is the target of the latest transition up to then; an account
    /// with no transitions at all is taken in its current state.
    /// </summary>
    private async Task<List<CountingAccount>> CountingAccountsAsync(int[] managers, int[] districts, DateTimeOffset cutoff, CancellationToken ct) =>
        await db.Accounts.AsNoTracking()
            .Where(a => managers.Contains(a.AccountManagerId) || districts.Contains(a.DistrictId))
            .Where(a => db.AccountTransitions.Any(t => t.AccountId == a.Id)
                ? db.AccountTransitions.Where(t => t.AccountId == a.Id && t.At <= cutoff)
                    .OrderByDescending(t => t.At).ThenByDescending(t => t.Id)
                    .Select(t => (AccountState?)t.ToState).FirstOrDefault() == AccountState.Active
                : a.State == AccountState.Active)
            .Select(a => new CountingAccount(a.Id, a.Name, a.NameEn, a.AccountManagerId, a.DistrictId))
            .ToListAsync(ct);

    /// <summary>
    /// The stores owed a visit: those of the counting accounts still open at the month's end (a store deactivated
    /// during the month is owed nothing that month), with the account manager's visit and the month's notices.
    /// Visits and notices are joined as two small grouped sets (one row per store), not looked up store by store.
    /// </summary>
    private async Task<List<OwedStoreRow>> OwedStoresAsync(IEnumerable<CountingAccount> accounts, JudgedMonth month, DateTimeOffset cutoff, CancellationToken ct)
    {
        var ids = accounts.Select(a => a.Id).ToArray();
        var managers = accounts.Select(a => a.AccountManagerId).Distinct().ToArray();
        if (ids.Length == 0) return [];
        var (first, last, over) = (month.Month, month.LastDay, month.IsOver);
        var visited = db.Visits
            .Where(v => v.StoreId != null && managers.Contains(v.VisitorId) && v.VisitedOn >= first && v.VisitedOn <= last)
            .Select(v => new { v.StoreId, v.VisitorId })
            .Distinct();
        var notices = db.AllocationNotices
            .Where(n => n.StoreId != null && db.AllocationRounds.Any(r => r.Id == n.RoundId && r.State == RoundState.Approved && r.Month == first))
            .GroupBy(n => n.StoreId)
            .Select(g => new { StoreId = g.Key, NotHandedOver = g.Count(n => n.HandedOverAt == null) });
        var rows =
            from s in db.Stores.AsNoTracking()
            where ids.Contains(s.AccountId) && (s.IsActive || (over && s.DeactivatedAt > cutoff))
            join a in db.Accounts on s.AccountId equals a.Id
            join v in visited on new { StoreId = (int?)s.Id, VisitorId = a.AccountManagerId } equals new { v.StoreId, v.VisitorId } into visits
            from v in visits.DefaultIfEmpty()
            join n in notices on (int?)s.Id equals n.StoreId into storeNotices
            from n in storeNotices.DefaultIfEmpty()
            select new
            {
                a.AccountManagerId, AccountId = a.Id, a.Name, a.NameEn, StoreId = s.Id, StoreName = s.Name,
                Visited = v.StoreId != null, NotHandedOver = (int?)n.NotHandedOver,
            };
        return [.. (await rows.ToListAsync(ct)).Select(r => new OwedStoreRow(r.AccountManagerId,
            new OwedStore(r.AccountId, r.Name, r.NameEn, r.StoreId, r.StoreName, r.Visited, r.NotHandedOver != null, r.NotHandedOver == 0)))];
    }

    /// <summary>
    /// The visitors' HQ visits in the month that kept an appointment booked far enough ahead (<see cref="HqVisitLead"/>),
    /// counted per account; a visit without an appointment never counts. A month's HQ visits are few: they are read
    /// by visitor and day, each with its appointment's times looked up by primary key (a join lets PostgreSQL walk
    /// every HQ visit ever made in appointment order instead), and judged here.
    /// </summary>
    private async Task<List<HqVisitCount>> QualifyingHqVisitsAsync(int[] visitors, JudgedMonth month, CancellationToken ct)
    {
        var (first, last) = (month.Month, month.LastDay);
        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.Kind == VisitKind.Hq && visitors.Contains(v.VisitorId) && v.VisitedOn >= first && v.VisitedOn <= last)
            .Select(v => new
            {
                v.VisitorId, v.AccountId,
                StartsAt = db.HqAppointments.Where(a => a.Id == v.AppointmentId).Select(a => (DateTimeOffset?)a.StartsAt).FirstOrDefault(),
                ScheduledAt = db.HqAppointments.Where(a => a.Id == v.AppointmentId).Select(a => (DateTimeOffset?)a.ScheduledAt).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. visits
            .Where(v => v is { StartsAt: { } startsAt, ScheduledAt: { } scheduledAt } && HqVisitLead.Qualifies(startsAt, scheduledAt))
            .GroupBy(v => (v.VisitorId, v.AccountId))
            .Select(g => new HqVisitCount(g.Key.VisitorId, g.Key.AccountId, g.Count()))];
    }

    /// <summary>The distinct stores each market manager visited on each day of the month.</summary>
    private async Task<List<OutingDayRow>> OutingDaysAsync(int[] managers, JudgedMonth month, CancellationToken ct)
    {
        var (first, last) = (month.Month, month.LastDay);
        return await db.Visits.AsNoTracking()
            .Where(v => v.Kind == VisitKind.Store && v.StoreId != null && managers.Contains(v.VisitorId) && v.VisitedOn >= first && v.VisitedOn <= last)
            .GroupBy(v => new { v.VisitorId, v.VisitedOn })
            .Select(g => new OutingDayRow(g.Key.VisitorId, new OutingDay(g.Key.VisitedOn, g.Select(v => v.StoreId).Distinct().Count())))
            .ToListAsync(ct);
    }

    /// <summary>The plan periods starting in the month for which each account manager has a submitted plan.</summary>
    private async Task<List<SubmittedPlanRow>> SubmittedPlansAsync(int[] managers, JudgedMonth month, CancellationToken ct)
    {
        var (first, last) = (month.Month, month.LastDay);
        return await db.VisitPlans.AsNoTracking()
            .Where(p => managers.Contains(p.UserId) && p.State == VisitPlanState.Submitted && p.PeriodStart >= first && p.PeriodStart <= last)
            .Select(p => new SubmittedPlanRow(p.UserId, p.PeriodStart))
            .Distinct()
            .ToListAsync(ct);
    }
}
