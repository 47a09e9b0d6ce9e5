namespace GroupCrm.Core.Quotas;

public static class QuotaStatuses
{
    /// <summary>The worst of the statuses that apply; <see cref="QuotaStatus.NotApplicable"/> when none does.</summary>
    public static QuotaStatus Worst(IEnumerable<QuotaStatus> statuses) =>
        statuses.Where(s => s != QuotaStatus.NotApplicable).DefaultIfEmpty(QuotaStatus.NotApplicable).Max();
}
