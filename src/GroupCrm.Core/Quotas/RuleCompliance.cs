namespace GroupCrm.Core.Quotas;

/// <summary>
/// One rule judged for one person and month: the version of the rule in force for that month, what it required
/// and what the person did (in the rule's own unit: outings, visits, periods or stores), the status, and the gaps.
/// </summary>
public sealed record RuleCompliance(
    QuotaRuleKind Rule, QuotaRule Version, int Required, int Actual, QuotaStatus Status, IReadOnlyList<QuotaGap> Gaps);
