using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Quotas;

/// <summary>
/// Judges people's quotas for a month: reads every fact for all of them with a fixed handful of set-based
/// queries (<see cref="QuotaFactsQuery"/>), whatever the number of people, then applies the rules in memory
/// (<see cref="QuotaEvaluation"/>). The caller decides who may be seen (<see cref="QuotaAudience"/>) and which
/// months can be judged (<see cref="QuotaMonths"/>).
/// </summary>
public sealed class ComplianceEngine(CrmDbContext db, OrganisationCalendar calendar, QuotaRuleBook rules)
{
    /// <summary>One result per person, in the order given. <paramref name="month"/> may be any day of the month.</summary>
    public async Task<IReadOnlyList<PersonCompliance>> ForPeopleAsync(
        IReadOnlyList<QuotaPerson> people, DateOnly month, CancellationToken ct = default)
    {
        if (people.Count == 0) return [];
        var judged = new JudgedMonth(month, calendar.Today);
        var inForce = await rules.InForceAsync(judged.Month, ct);
        var facts = await new QuotaFactsQuery(db, calendar).LoadAsync(people, judged, inForce, ct);
        return [.. people.Select(p => QuotaEvaluation.Judge(p, judged, inForce, facts.For(p)))];
    }

    /// <summary>One person's month (the drill-down).</summary>
    public async Task<PersonCompliance> ForPersonAsync(QuotaPerson person, DateOnly month, CancellationToken ct = default) =>
        (await ForPeopleAsync([person], month, ct))[0];
}
