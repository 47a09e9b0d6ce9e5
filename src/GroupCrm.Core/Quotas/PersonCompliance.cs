namespace GroupCrm.Core.Quotas;

/// <summary>One person's month: every rule of their role, judged. <see cref="Month"/> is the first day of the month.</summary>
public sealed record PersonCompliance(QuotaPerson Person, DateOnly Month, IReadOnlyList<RuleCompliance> Rules)
{
    /// <summary>The worst status among the rules that apply (Missed, then At risk, then On track, then Met).</summary>
    public QuotaStatus Overall { get; } = QuotaStatuses.Worst(Rules.Select(r => r.Status));

    /// <summary>
    /// The things still open: the gaps of every rule that is not yet met. A rule that is short but names no single
    /// missing thing (outings still to make) counts as one.
    /// </summary>
    public int OpenGaps { get; } = Rules
        .Where(r => r.Status is QuotaStatus.OnTrack or QuotaStatus.AtRisk or QuotaStatus.Missed)
        .Sum(r => Math.Max(1, r.Gaps.Count));
}
