using GroupCrm.Core.Quotas;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// One rule of a person's month on the drill-down. <see cref="Actionable"/>: the reader is that person and the
/// month is under way, so each gap gets the link that closes it.
/// </summary>
public sealed record RuleCard(RuleCompliance Rule, int PersonId, bool Actionable, bool IsOwn)
{
    /// <summary>Long lists (a chain's forty unvisited stores) show this many, and the rest on request.</summary>
    public const int ShownGaps = 10;

    public string PlanUrl(DateOnly period) =>
        $"/Visits/Plans/Edit?period={QuotaText.Day(period)}" + (IsOwn ? "" : $"&userId={PersonId}");
}
