using GroupCrm.Core.Quotas;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// One thing a person can still do this month to close a gap, with the page where they do it: record a store visit,
/// book an HQ appointment (24 h ahead, or it does not count), submit a plan before its period begins.
/// </summary>
public sealed record NextStep(string Text, string Url, string Action)
{
    public static IReadOnlyList<NextStep> For(IStringLocalizer L, PersonCompliance person, DateOnly today)
    {
        var steps = new List<NextStep>();
        foreach (var rule in person.Rules.Where(r => r.Status is not (QuotaStatus.Met or QuotaStatus.NotApplicable)))
            steps.AddRange(rule.Rule switch
            {
                QuotaRuleKind.Outings => Outings(L, rule, today),
                QuotaRuleKind.DistrictHqVisits or QuotaRuleKind.AccountHqVisits => HqVisits(L, rule),
                QuotaRuleKind.PlanSubmission => Plans(L, rule, today),
                QuotaRuleKind.StoreCoverage => Stores(L, rule, (count, account) => L["{1}: stores not yet visited this month: {0}.", count, account]),
                QuotaRuleKind.NoticeCoverage => Stores(L, rule, (count, account) => L["{1}: stores still to be handed this month's notice: {0}.", count, account]),
                _ => [],
            });
        return steps;
    }

    public static string RecordVisit(int? accountId = null, int? storeId = null) =>
        "/Visits/New?kind=Store" + (accountId is null ? "" : $"&accountId={accountId}") + (storeId is null ? "" : $"&storeId={storeId}");

    private static IEnumerable<NextStep> Outings(IStringLocalizer L, RuleCompliance rule, DateOnly today)
    {
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var daysLeft = monthEnd.DayNumber - today.DayNumber;
        yield return new(L["Make {0} more outings of at least {1} stores each; {2} days are left this month, today included.",
            rule.Required - rule.Actual, rule.Version.StoresPerOuting ?? 0, daysLeft], RecordVisit(), L["Record a visit"]);
    }

    private static IEnumerable<NextStep> HqVisits(IStringLocalizer L, RuleCompliance rule) =>
        rule.Gaps.Where(g => g.AccountId is not null).Select(g => new NextStep(
            L["Book an HQ appointment with {0} at least 24 hours ahead: {1} of {2} visits made.", g.AccountName ?? "", g.Have, g.Need],
            $"/Visits/Appointments/Book?accountId={g.AccountId}", L["Book an appointment"]));

    /// <summary>Only a period that has not begun can still get its plan; one that has begun without it is lost.</summary>
    private static IEnumerable<NextStep> Plans(IStringLocalizer L, RuleCompliance rule, DateOnly today) =>
        rule.Gaps.Where(g => g.Day > today).Select(g => new NextStep(
            L["Submit the plan for the period from {0} before it begins.", QuotaText.Day(g.Day!.Value)],
            $"/Visits/Plans/Edit?period={QuotaText.Day(g.Day!.Value)}", L["Open the plan"]));

    private static IEnumerable<NextStep> Stores(IStringLocalizer L, RuleCompliance rule, Func<int, string, string> text) =>
        rule.Gaps.Where(g => g.AccountId is not null).GroupBy(g => (g.AccountId, g.AccountName)).OrderBy(g => g.Key.AccountName, StringComparer.CurrentCulture)
            .Select(g => new NextStep(text(g.Count(), g.Key.AccountName ?? ""), RecordVisit(g.Key.AccountId), L["Record a visit"]));
}
