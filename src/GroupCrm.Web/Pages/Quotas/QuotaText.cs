using System.Globalization;
using GroupCrm.Core.Quotas;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// How the quota pages and their CSV files word rules, statuses, rule versions and gaps, in the reader's language.
/// The page and its export call the same methods, so a figure in the file is the figure on the screen.
/// </summary>
public static class QuotaText
{
    /// <summary>Columns of the matrix, in the order of the spec's rule table: the market manager's two, then the account manager's four.</summary>
    public static readonly IReadOnlyList<QuotaRuleKind> Rules =
    [
        QuotaRuleKind.Outings, QuotaRuleKind.DistrictHqVisits,
        QuotaRuleKind.PlanSubmission, QuotaRuleKind.StoreCoverage, QuotaRuleKind.NoticeCoverage, QuotaRuleKind.AccountHqVisits,
    ];

    public static string Rule(IStringLocalizer L, QuotaRuleKind rule) => rule switch
    {
        QuotaRuleKind.Outings => L["Store-visit outings"],
        QuotaRuleKind.DistrictHqVisits => L["HQ visits per district account"],
        QuotaRuleKind.PlanSubmission => L["Two-week plans submitted"],
        QuotaRuleKind.StoreCoverage => L["Stores visited"],
        QuotaRuleKind.NoticeCoverage => L["Stores handed the notice"],
        QuotaRuleKind.AccountHqVisits => L["HQ visits per account"],
        _ => rule.ToString(),
    };

    /// <summary>The role a rule applies to (its English name, a localization key).</summary>
    public static string RoleOf(QuotaRuleKind rule) =>
        rule is QuotaRuleKind.Outings or QuotaRuleKind.DistrictHqVisits ? "Market manager" : "Account manager";

    public static string Status(IStringLocalizer L, QuotaStatus status) => status switch
    {
        QuotaStatus.Met => L["Met"],
        QuotaStatus.OnTrack => L["On track"],
        QuotaStatus.AtRisk => L["At risk"],
        QuotaStatus.Missed => L["Missed"],
        _ => L["Not applicable"],
    };

    /// <summary>The badge colour; the badge always carries the status's word as well.</summary>
    public static string StatusClass(QuotaStatus status) => status switch
    {
        QuotaStatus.Met => "quota-met",
        QuotaStatus.OnTrack => "quota-on-track",
        QuotaStatus.AtRisk => "quota-at-risk",
        QuotaStatus.Missed => "quota-missed",
        _ => "quota-not-applicable",
    };

    /// <summary>"November 2026" / "2026年11月".</summary>
    public static string Month(DateOnly month) => month.ToString("Y", CultureInfo.CurrentCulture);

    /// <summary>"2026-11": how months are written in links, forms and file names, whatever the language.</summary>
    public static string Iso(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>"3 / 4": actual against required, as the matrix shows it.</summary>
    public static string Figures(RuleCompliance rule) =>
        rule.Status == QuotaStatus.NotApplicable ? "—" : $"{Number(rule.Actual)} / {Number(rule.Required)}";

    /// <summary>What a version of a rule asks for and since when: "≥ 4 outings of ≥ 10 stores, in force since January 2024".</summary>
    public static string Version(IStringLocalizer L, QuotaRule version) =>
        L["{0}, in force since {1}", Demand(L, version), Month(version.EffectiveFrom)];

    public static string Demand(IStringLocalizer L, QuotaRule version) => !version.IsEnabled ? L["Switched off"] : version.Rule switch
    {
        QuotaRuleKind.Outings => L["≥ {0} outings of ≥ {1} stores", version.Required, version.StoresPerOuting ?? 0],
        QuotaRuleKind.DistrictHqVisits => L["≥ {0} HQ visits per active account of the district, by appointment booked 24 h ahead", version.Required],
        QuotaRuleKind.PlanSubmission => L["A submitted plan for {0} % of the two-week periods", version.Required],
        QuotaRuleKind.StoreCoverage => L["{0} % of the active stores visited", version.Required],
        QuotaRuleKind.NoticeCoverage => L["{0} % of the active stores handed the month's scarce-stock notice", version.Required],
        QuotaRuleKind.AccountHqVisits => L["≥ {0} HQ visits per active account, by appointment booked 24 h ahead", version.Required],
        _ => version.Required.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>One missing thing in words: which store, which HQ, which period, which day.</summary>
    public static string Gap(IStringLocalizer L, QuotaGap gap) => gap.Rule switch
    {
        QuotaRuleKind.Outings => L["{0}: {1} of {2} stores", Day(gap.Day ?? default), gap.Have, gap.Need],
        QuotaRuleKind.DistrictHqVisits or QuotaRuleKind.AccountHqVisits => L["{0}: {1} of {2} HQ visits", gap.AccountName ?? "", gap.Have, gap.Need],
        QuotaRuleKind.PlanSubmission => L["Period from {0}: no submitted plan", Day(gap.Day ?? default)],
        _ => gap.AccountName is null ? gap.StoreName ?? "" : L["{0} ({1})", gap.StoreName ?? "", gap.AccountName],
    };
}
