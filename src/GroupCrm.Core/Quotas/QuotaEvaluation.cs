using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;

namespace GroupCrm.Core.Quotas;

/// <summary>
/// The six rules as pure functions: facts in, <see cref="RuleCompliance"/> out, no database. Each rule counts its
/// required and actual figures and lists its gaps; <see cref="Status"/> turns the figures into a status the same
/// way for all of them.
/// </summary>
public static class QuotaEvaluation
{
    public static readonly IReadOnlyList<QuotaRuleKind> AccountManagerRules =
        [QuotaRuleKind.PlanSubmission, QuotaRuleKind.StoreCoverage, QuotaRuleKind.NoticeCoverage, QuotaRuleKind.AccountHqVisits];

    public static readonly IReadOnlyList<QuotaRuleKind> MarketManagerRules = [QuotaRuleKind.Outings, QuotaRuleKind.DistrictHqVisits];

    /// <summary>The rules of a role, in the order they are shown; none for the other roles.</summary>
    public static IReadOnlyList<QuotaRuleKind> RulesOf(string role) => role switch
    {
        Roles.AccountManager => AccountManagerRules,
        Roles.MarketManager => MarketManagerRules,
        _ => [],
    };

    /// <summary>One person's month: each rule of their role that has a version in force, judged on their facts.</summary>
    public static PersonCompliance Judge(QuotaPerson person, JudgedMonth month, IReadOnlyList<QuotaRule> inForce, PersonFacts facts)
    {
        var rules = RulesOf(person.Role)
            .Select(kind => inForce.FirstOrDefault(r => r.Rule == kind))
            .OfType<QuotaRule>()
            .Select(rule => Judge(rule, month, facts))
            .ToList();
        return new PersonCompliance(person, month.Month, rules);
    }

    public static RuleCompliance Judge(QuotaRule rule, JudgedMonth month, PersonFacts facts)
    {
        if (!rule.IsEnabled) return NotApplicable(rule);
        return rule.Rule switch
        {
            QuotaRuleKind.Outings => Outings(rule, month, facts.OutingDays),
            QuotaRuleKind.DistrictHqVisits or QuotaRuleKind.AccountHqVisits => HqVisits(rule, month, facts.Accounts),
            QuotaRuleKind.PlanSubmission => PlanSubmission(rule, month, facts.SubmittedPeriods),
            QuotaRuleKind.StoreCoverage => StoreCoverage(rule, month, facts.Stores),
            QuotaRuleKind.NoticeCoverage => NoticeCoverage(rule, month, facts.Stores),
            _ => NotApplicable(rule),
        };
    }

    /// <summary>
    /// Outings: a day of store visits counts when it covers at least StoresPerOuting distinct stores. The days that
    /// fell short are the gaps. In the current month it is also at risk when fewer days are left than outings needed.
    /// </summary>
    public static RuleCompliance Outings(QuotaRule rule, JudgedMonth month, IEnumerable<OutingDay> days)
    {
        var minimum = rule.StoresPerOuting ?? 1;
        var inMonth = days.Where(d => month.Contains(d.Day) && d.Stores > 0).OrderBy(d => d.Day).ToList();
        var actual = inMonth.Count(d => d.Stores >= minimum);
        var gaps = inMonth.Where(d => d.Stores < minimum)
            .Select(d => new QuotaGap(rule.Rule, null, null, null, null, d.Day, d.Stores, minimum)).ToList();
        var tooFewDays = rule.Required - actual > month.DaysLeft;
        return Result(rule, month, rule.Required, actual, gaps, behind: tooFewDays);
    }

    /// <summary>
    /// HQ visits by appointment, per account that counts: each needs Required qualifying visits. Visits beyond the
    /// need of one account do not make up for another, so the actual figure adds each account's visits up to its need.
    /// </summary>
    public static RuleCompliance HqVisits(QuotaRule rule, JudgedMonth month, IEnumerable<AccountHqVisits> accounts)
    {
        var need = rule.Required;
        var list = accounts.OrderBy(a => a.AccountName, StringComparer.Ordinal).ThenBy(a => a.AccountId).ToList();
        var gaps = list.Where(a => a.Qualifying < need)
            .Select(a => new QuotaGap(rule.Rule, a.AccountId, a.AccountName, null, null, null, a.Qualifying, need) { AccountNameEn = a.AccountNameEn })
            .ToList();
        return Result(rule, month, list.Count * need, list.Sum(a => Math.Min(a.Qualifying, need)), gaps);
    }

    /// <summary>
    /// Plans: the two-week periods that start in the month, each judged in that month only. A period that has begun
    /// without a submitted plan cannot be put right, so once too few of the periods still to come are left to reach
    /// the requirement the rule is missed, even before the month ends.
    /// </summary>
    public static RuleCompliance PlanSubmission(QuotaRule rule, JudgedMonth month, IReadOnlySet<DateOnly> submitted)
    {
        var periods = PlanPeriods.Touching(month.Month).Where(p => p >= month.Month).ToList();
        var required = Percent(periods.Count, rule.Required);
        var actual = periods.Count(submitted.Contains);
        var missing = periods.Where(p => !submitted.Contains(p)).ToList();
        var stillOpen = missing.Count(p => p > month.Today);
        var gaps = missing.Select(p => new QuotaGap(rule.Rule, null, null, null, null, p, 0, 1)).ToList();
        return Result(rule, month, required, actual, gaps, unreachable: actual + stillOpen < required);
    }

    /// <summary>Store coverage: the owed stores the person visited in the month; the others are the gaps.</summary>
    public static RuleCompliance StoreCoverage(QuotaRule rule, JudgedMonth month, IEnumerable<OwedStore> stores)
    {
        var owed = Ordered(stores);
        var gaps = owed.Where(s => !s.Visited).Select(s => StoreGap(rule, s)).ToList();
        return Result(rule, month, Percent(owed.Count, rule.Required), owed.Count(s => s.Visited), gaps);
    }

    /// <summary>
    /// Notice coverage: the owed stores that have a store notice of a round approved for the month. None → the rule
    /// does not apply that month. A store with notices of several rounds is covered once all of them are handed over.
    /// </summary>
    public static RuleCompliance NoticeCoverage(QuotaRule rule, JudgedMonth month, IEnumerable<OwedStore> stores)
    {
        var noticed = Ordered(stores.Where(s => s.HasNotice));
        if (noticed.Count == 0) return NotApplicable(rule);
        var gaps = noticed.Where(s => !s.NoticeHandedOver).Select(s => StoreGap(rule, s)).ToList();
        return Result(rule, month, Percent(noticed.Count, rule.Required), noticed.Count(s => s.NoticeHandedOver), gaps);
    }

    /// <summary>
    /// Met once actual reaches required. Otherwise missed when the month is over (or the rule can no longer be met);
    /// in the current month on track when the pace so far is enough — actual / required ≥ working days elapsed /
    /// working days of the month — and at risk when it is not (or when the rule says it is behind).
    /// </summary>
    public static QuotaStatus Status(int required, int actual, JudgedMonth month, bool unreachable = false, bool behind = false)
    {
        if (actual >= required) return QuotaStatus.Met;
        if (month.IsOver || unreachable) return QuotaStatus.Missed;
        if (behind) return QuotaStatus.AtRisk;
        return (long)actual * month.WorkingDays >= (long)required * month.WorkingDaysElapsed ? QuotaStatus.OnTrack : QuotaStatus.AtRisk;
    }

    /// <summary>A percentage of a count, rounded up: 100 % of 7 stores is 7, 50 % of 7 is 4.</summary>
    public static int Percent(int count, int percent) => (int)(((long)count * percent + 99) / 100);

    private static RuleCompliance Result(
        QuotaRule rule, JudgedMonth month, int required, int actual, IReadOnlyList<QuotaGap> gaps,
        bool unreachable = false, bool behind = false) =>
        new(rule.Rule, rule, required, actual, Status(required, actual, month, unreachable, behind), gaps);

    private static RuleCompliance NotApplicable(QuotaRule rule) => new(rule.Rule, rule, 0, 0, QuotaStatus.NotApplicable, []);

    private static List<OwedStore> Ordered(IEnumerable<OwedStore> stores) => [.. stores
        .OrderBy(s => s.AccountName, StringComparer.Ordinal).ThenBy(s => s.AccountId)
        .ThenBy(s => s.StoreName, StringComparer.Ordinal).ThenBy(s => s.StoreId)];

    private static QuotaGap StoreGap(QuotaRule rule, OwedStore s) =>
        new(rule.Rule, s.AccountId, s.AccountName, s.StoreId, s.StoreName, null, 0, 1) { AccountNameEn = s.AccountNameEn };
}
