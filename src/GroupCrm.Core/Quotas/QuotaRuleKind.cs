namespace GroupCrm.Core.Quotas;

/// <summary>The six visit-quota rules of the group-account service rules (SPEC §3), and the role each applies to.</summary>
public enum QuotaRuleKind
{
    /// <summary>Market manager: store-visit outings per month, each of at least <see cref="QuotaRule.StoresPerOuting"/> distinct stores.</summary>
    Outings,

    /// <summary>Market manager: HQ visits (by appointment) per active account of the district per month.</summary>
    DistrictHqVisits,

    /// <summary>Account manager: a submitted visit plan for every two-week period (required = percent of periods).</summary>
    PlanSubmission,

    /// <summary>Account manager: every active store of their accounts visited in the month (required = percent of stores).</summary>
    StoreCoverage,

    /// <summary>Account manager: every active store handed the month's scarce-stock notice (required = percent of stores).</summary>
    NoticeCoverage,

    /// <summary>Account manager: HQ visits (by appointment) per account per month.</summary>
    AccountHqVisits,
}
