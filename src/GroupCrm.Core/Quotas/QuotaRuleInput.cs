namespace GroupCrm.Core.Quotas;

/// <summary>
/// A new version of a rule as the administrator enters it. <see cref="EffectiveFrom"/> names a month (any day of it
/// is read as that month); <see cref="StoresPerOuting"/> is read for <see cref="QuotaRuleKind.Outings"/> only.
/// </summary>
public sealed record QuotaRuleInput(QuotaRuleKind Rule, DateOnly EffectiveFrom, bool IsEnabled, int Required, int? StoresPerOuting);
