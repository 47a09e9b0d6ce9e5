namespace GroupCrm.Core.Quotas;

/// <summary>
/// One missing thing behind a rule that is not met. Stores (<see cref="QuotaRuleKind.StoreCoverage"/>,
/// <see cref="QuotaRuleKind.NoticeCoverage"/>): the store and its account, Have 0, Need 1. HQ visits: the account
/// with the qualifying visits it had and the visits it needed. Plans: <see cref="Day"/> = the period's first day,
/// Have 0, Need 1. Outings: a day of store visits that fell below the minimum, with Have = the distinct stores
/// visited that day and Need = the minimum.
/// </summary>
public sealed record QuotaGap(
    QuotaRuleKind Rule, int? AccountId, string? AccountName, int? StoreId, string? StoreName,
    DateOnly? Day, int Have, int Need)
{
    /// <summary>The account's English name, beside <see cref="AccountName"/> (its Chinese name).</summary>
    public string? AccountNameEn { get; init; }
}
