namespace GroupCrm.Core.Quotas;

/// <summary>
/// One version of a quota rule, in force from <see cref="EffectiveFrom"/> (the first of a month) until the next
/// version of the same rule. A month is always judged by the version in force for it, so changing a rule from
/// a later month never rewrites how an earlier month was judged.
/// </summary>
public sealed class QuotaRule
{
    public int Id { get; set; }
    public QuotaRuleKind Rule { get; set; }

    /// <summary>The first day of the first month this version applies to.</summary>
    public DateOnly EffectiveFrom { get; set; }

    public bool IsEnabled { get; set; } = true;

    /// <summary>
    /// The number the rule asks for: outings per month, HQ visits per account per month, or a percentage
    /// (of plan periods, of stores) for the coverage rules.
    /// </summary>
    public int Required { get; set; }

    /// <summary>Outings only: the distinct stores one day of store visits must cover to count as an outing.</summary>
    public int? StoresPerOuting { get; set; }

    /// <summary>Who saved this version; null for the shipped defaults.</summary>
    public int? ChangedById { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
