using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>The rows of one district in the matrix: its market manager first, then its account managers by name.</summary>
public sealed record MatrixGroup(QuotaDistrict? District, IReadOnlyList<PersonCompliance> People)
{
    public static IReadOnlyList<MatrixGroup> Of(IReadOnlyList<PersonCompliance> people, IReadOnlyList<QuotaDistrict> districts) =>
    [
        .. people.GroupBy(p => p.Person.DistrictId)
            .Select(g => new MatrixGroup(districts.FirstOrDefault(d => d.Id == g.Key), [.. Ordered(g)]))
            .OrderBy(g => g.District is null).ThenBy(g => g.District?.Code, StringComparer.Ordinal),
    ];

    public static IEnumerable<PersonCompliance> Ordered(IEnumerable<PersonCompliance> people) =>
        people.OrderBy(p => p.Person.Role == Roles.MarketManager ? 0 : 1).ThenBy(p => p.Person.DisplayName, StringComparer.CurrentCulture);

    /// <summary>The person's figures for one rule; null for a rule of the other role.</summary>
    public static RuleCompliance? RuleOf(PersonCompliance person, QuotaRuleKind rule) => person.Rules.FirstOrDefault(r => r.Rule == rule);
}
