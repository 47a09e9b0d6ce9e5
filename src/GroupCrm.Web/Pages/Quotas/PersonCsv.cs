using GroupCrm.Core.Quotas;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// A person's month as a file: one row per rule (the version in force, required, done, status), each followed by
/// one row per missing thing, worded as the page words it.
/// </summary>
public static class PersonCsv
{
    public static byte[] Write(IStringLocalizer L, PersonCompliance person)
    {
        string[] header = [L["Person"], L["Month"], L["Rule"], L["Version in force"], L["Required by the rule"], L["Done"], L["Status"], L["What is missing"], L["Have"], L["Need"]];
        return QuotaCsv.Write([header, .. person.Rules.SelectMany(r => Rows(L, person, r))]);
    }

    private static IEnumerable<string[]> Rows(IStringLocalizer L, PersonCompliance person, RuleCompliance rule)
    {
        string[] Row(string required, string done, string status, string gap, string have, string need) =>
            [person.Person.DisplayName, QuotaText.Iso(person.Month), QuotaText.Rule(L, rule.Rule), QuotaText.Version(L, rule.Version), required, done, status, gap, have, need];
        var applies = rule.Status != QuotaStatus.NotApplicable;
        yield return Row(applies ? QuotaCsv.Number(rule.Required) : "", applies ? QuotaCsv.Number(rule.Actual) : "", QuotaText.Status(L, rule.Status), "", "", "");
        foreach (var gap in rule.Gaps)
            yield return Row("", "", "", QuotaText.Gap(L, gap), QuotaCsv.Number(gap.Have), QuotaCsv.Number(gap.Need));
    }
}
