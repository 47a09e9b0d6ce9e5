using GroupCrm.Core.Quotas;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>Store coverage and notice coverage: the owed stores visited, and the noticed stores handed their notice.</summary>
public sealed class CoverageRuleTests
{
    [Fact]
    public void Store_coverage_counts_the_owed_stores_visited_and_lists_the_others_by_chain_and_name()
    {
        var result = QuotaEvaluation.StoreCoverage(Facts.Rule(QuotaRuleKind.StoreCoverage, 100), Facts.MarchOver,
            [Facts.Store(3, visited: true), Facts.Store(2, account: 2), Facts.Store(1), Facts.Store(4, visited: true)]);

        (result.Required, result.Actual, result.Status).ShouldBe((4, 2, QuotaStatus.Missed));
        result.Gaps.ShouldBe([
            new QuotaGap(QuotaRuleKind.StoreCoverage, 1, "Chain 1", 1, "Store 01", null, 0, 1) { AccountNameEn = "Chain 1" },
            new QuotaGap(QuotaRuleKind.StoreCoverage, 2, "Chain 2", 2, "Store 02", null, 0, 1) { AccountNameEn = "Chain 2" },
        ]);
    }

    [Fact]
    public void A_percentage_below_100_asks_for_that_share_rounded_up()
    {
        var result = QuotaEvaluation.StoreCoverage(Facts.Rule(QuotaRuleKind.StoreCoverage, 50), Facts.MarchOver,
            [Facts.Store(1, visited: true), Facts.Store(2, visited: true), Facts.Store(3)]);

        (result.Required, result.Actual, result.Status).ShouldBe((2, 2, QuotaStatus.Met));
        result.Gaps.Count.ShouldBe(1);
    }

    [Fact]
    public void No_store_owed_is_met()
    {
        var result = QuotaEvaluation.StoreCoverage(Facts.Rule(QuotaRuleKind.StoreCoverage, 100), Facts.MarchOver, []);

        (result.Required, result.Actual, result.Status).ShouldBe((0, 0, QuotaStatus.Met));
    }

    [Fact]
    public void A_month_without_notices_does_not_apply_the_notice_rule()
    {
        var result = QuotaEvaluation.NoticeCoverage(Facts.Rule(QuotaRuleKind.NoticeCoverage, 100), Facts.MarchOver,
            [Facts.Store(1, visited: true), Facts.Store(2)]);

        (result.Required, result.Actual, result.Status).ShouldBe((0, 0, QuotaStatus.NotApplicable));
        result.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void Notice_coverage_counts_the_noticed_stores_handed_over()
    {
        var result = QuotaEvaluation.NoticeCoverage(Facts.Rule(QuotaRuleKind.NoticeCoverage, 100), Facts.MarchOver,
        [
            Facts.Store(1, notice: true, handedOver: true), Facts.Store(2, notice: true), Facts.Store(3, visited: true),
            Facts.Store(4, visited: true, notice: true),
        ]);

        (result.Required, result.Actual, result.Status).ShouldBe((3, 1, QuotaStatus.Missed));
        result.Gaps.Select(g => (g.Rule, g.StoreId)).ShouldBe([(QuotaRuleKind.NoticeCoverage, 2), (QuotaRuleKind.NoticeCoverage, 4)]);
    }

    [Theory]
    [InlineData(QuotaRuleKind.Outings)]
    [InlineData(QuotaRuleKind.DistrictHqVisits)]
    [InlineData(QuotaRuleKind.PlanSubmission)]
    [InlineData(QuotaRuleKind.StoreCoverage)]
    [InlineData(QuotaRuleKind.NoticeCoverage)]
    [InlineData(QuotaRuleKind.AccountHqVisits)]
    public void A_disabled_rule_does_not_apply(QuotaRuleKind kind)
    {
        var facts = new PersonFacts([new(new DateOnly(2026, 3, 3), 2)], [Facts.Account(1, 0)], new HashSet<DateOnly>(),
            [Facts.Store(1, notice: true)]);

        var result = QuotaEvaluation.Judge(Facts.Rule(kind, 5, enabled: false), Facts.MarchOver, facts);

        (result.Rule, result.Required, result.Actual, result.Status).ShouldBe((kind, 0, 0, QuotaStatus.NotApplicable));
        result.Gaps.ShouldBeEmpty();
        result.Version.IsEnabled.ShouldBeFalse();
    }
}
