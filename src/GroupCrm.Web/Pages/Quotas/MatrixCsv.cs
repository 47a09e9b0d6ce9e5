using GroupCrm.Core.Quotas;
using GroupCrm.Web.Infrastructure;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>The matrix as a file: one row per person, with each rule's actual, required and status as the page shows them.</summary>
public static class MatrixCsv
{
    public static byte[] Write(IStringLocalizer L, IReadOnlyList<MatrixGroup> groups)
    {
        string[] header =
        [
            L["District"], L["Person"], L["Role"],
            .. QuotaText.Rules.SelectMany(r => new[] { L["{0}: actual", QuotaText.Rule(L, r)].Value, L["{0}: required", QuotaText.Rule(L, r)], L["{0}: status", QuotaText.Rule(L, r)] }),
            L["Overall"], L["Open gaps"],
        ];
        return QuotaCsv.Write([header, .. groups.SelectMany(g => g.People.Select(p => Row(L, g, p)))]);
    }

    private static IEnumerable<string> Row(IStringLocalizer L, MatrixGroup group, PersonCompliance person)
    {
        yield return group.District?.DisplayName ?? L["No district"];
        yield return person.Person.DisplayName;
        yield return L[DisplayNames.Role(person.Person.Role)];
        foreach (var kind in QuotaText.Rules)
        {
            var rule = MatrixGroup.RuleOf(person, kind);
            var applies = rule is not null && rule.Status != QuotaStatus.NotApplicable;
            yield return applies ? QuotaCsv.Number(rule!.Actual) : "";
            yield return applies ? QuotaCsv.Number(rule!.Required) : "";
            yield return rule is null ? "" : QuotaText.Status(L, rule.Status);
        }
        yield return QuotaText.Status(L, person.Overall);
        yield return QuotaCsv.Number(person.OpenGaps);
    }
}
