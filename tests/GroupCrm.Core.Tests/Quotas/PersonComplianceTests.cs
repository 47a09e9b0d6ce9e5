using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>A person's month: the rules of their role, the overall status and the open gaps.</summary>
public sealed class PersonComplianceTests
{
    private static readonly QuotaPerson AccountManager = new(1, "Wang", Roles.AccountManager, 1, "东区");
    private static readonly QuotaPerson MarketManager = new(2, "Li", Roles.MarketManager, 1, "东区");

    private static readonly IReadOnlyList<QuotaRule> Defaults =
    [
        Facts.Rule(QuotaRuleKind.Outings, 4, 10), Facts.Rule(QuotaRuleKind.DistrictHqVisits, 1), Facts.Rule(QuotaRuleKind.PlanSubmission, 100),
        Facts.Rule(QuotaRuleKind.StoreCoverage, 100), Facts.Rule(QuotaRuleKind.NoticeCoverage, 100), Facts.Rule(QuotaRuleKind.AccountHqVisits, 2),
    ];

    [Fact]
    public void An_account_manager_is_judged_on_the_four_account_manager_rules_and_a_market_manager_on_the_two_others()
    {
        var am = QuotaEvaluation.Judge(AccountManager, Facts.MarchOver, Defaults, PersonFacts.None);
        var mm = QuotaEvaluation.Judge(MarketManager, Facts.MarchOver, Defaults, PersonFacts.None);
        var admin = QuotaEvaluation.Judge(AccountManager with { Role = Roles.Administrator }, Facts.MarchOver, Defaults, PersonFacts.None);

        am.Rules.Select(r => r.Rule).ShouldBe([QuotaRuleKind.PlanSubmission, QuotaRuleKind.StoreCoverage, QuotaRuleKind.NoticeCoverage, QuotaRuleKind.AccountHqVisits]);
        mm.Rules.Select(r => r.Rule).ShouldBe([QuotaRuleKind.Outings, QuotaRuleKind.DistrictHqVisits]);
        admin.Rules.ShouldBeEmpty();
        admin.Overall.ShouldBe(QuotaStatus.NotApplicable);
        am.Month.ShouldBe(Facts.March);
    }

    [Fact]
    public void The_overall_status_is_the_worst_rule_and_open_gaps_add_up_the_rules_not_met()
    {
        var facts = new PersonFacts([], [Facts.Account(1, 2), Facts.Account(2, 1)], new HashSet<DateOnly> { new(2026, 3, 9), new(2026, 3, 23) },
            [Facts.Store(1, visited: true), Facts.Store(2), Facts.Store(3)]);

        var result = QuotaEvaluation.Judge(AccountManager, Facts.MarchOver, Defaults, facts);

        result.Rules.Select(r => r.Status).ShouldBe([QuotaStatus.Met, QuotaStatus.Missed, QuotaStatus.NotApplicable, QuotaStatus.Missed]);
        result.Overall.ShouldBe(QuotaStatus.Missed);
        result.OpenGaps.ShouldBe(3); // two stores, one account
    }

    [Fact]
    public void A_rule_short_of_its_count_without_a_single_missing_thing_still_counts_as_one_open_gap()
    {
        var result = QuotaEvaluation.Judge(MarketManager, Facts.MarchOver, Defaults, PersonFacts.None);

        result.Rules.Single(r => r.Rule == QuotaRuleKind.Outings).Gaps.ShouldBeEmpty();
        result.Overall.ShouldBe(QuotaStatus.Missed);
        result.OpenGaps.ShouldBe(1);
    }

    [Fact]
    public void Everything_met_has_no_open_gaps()
    {
        var facts = new PersonFacts([], [Facts.Account(1, 2)], new HashSet<DateOnly> { new(2026, 3, 9), new(2026, 3, 23) }, [Facts.Store(1, visited: true)]);

        var result = QuotaEvaluation.Judge(AccountManager, Facts.MarchOver, Defaults, facts);

        result.Overall.ShouldBe(QuotaStatus.Met);
        result.OpenGaps.ShouldBe(0);
    }

    [Fact]
    public void A_rule_changed_mid_year_judges_the_months_before_by_the_old_version_and_the_months_after_by_the_new()
    {
        var history = new[]
        {
            Facts.Rule(QuotaRuleKind.Outings, 4, 10),
            new QuotaRule { Rule = QuotaRuleKind.Outings, EffectiveFrom = new DateOnly(2026, 7, 1), Required = 5, StoresPerOuting = 8, IsEnabled = true },
            Facts.Rule(QuotaRuleKind.AccountHqVisits, 2),
            new QuotaRule { Rule = QuotaRuleKind.AccountHqVisits, EffectiveFrom = new DateOnly(2026, 7, 1), Required = 2, IsEnabled = false },
        };

        QuotaRuleBook.InForce(history, new DateOnly(2026, 6, 1)).Select(r => (r.Rule, r.Required, r.IsEnabled))
            .ShouldBe([(QuotaRuleKind.Outings, 4, true), (QuotaRuleKind.AccountHqVisits, 2, true)]);
        QuotaRuleBook.InForce(history, new DateOnly(2026, 7, 31)).Select(r => (r.Rule, r.Required, r.IsEnabled))
            .ShouldBe([(QuotaRuleKind.Outings, 5, true), (QuotaRuleKind.AccountHqVisits, 2, false)]);
        QuotaRuleBook.InForce(history, new DateOnly(2023, 12, 1)).ShouldBeEmpty();

        var june = new JudgedMonth(new DateOnly(2026, 6, 1), new DateOnly(2026, 8, 3));
        var july = new JudgedMonth(new DateOnly(2026, 7, 1), new DateOnly(2026, 8, 3));
        OutingDay[] days(int month) => [.. Enumerable.Range(1, 5).Select(d => new OutingDay(new DateOnly(2026, month, d * 3), 9))];
        QuotaEvaluation.Judge(MarketManager, june, QuotaRuleBook.InForce(history, june.Month), new PersonFacts(days(6), [], new HashSet<DateOnly>(), []))
            .Rules.Single(r => r.Rule == QuotaRuleKind.Outings).Actual.ShouldBe(0);
        QuotaEvaluation.Judge(MarketManager, july, QuotaRuleBook.InForce(history, july.Month), new PersonFacts(days(7), [], new HashSet<DateOnly>(), []))
            .Rules.Single(r => r.Rule == QuotaRuleKind.Outings).Status.ShouldBe(QuotaStatus.Met);
    }
}
