using GroupCrm.Core.Quotas;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>
/// Plans: the two-week periods that start in the month. March 2026 has two, starting Monday 9 and Monday 23 March
/// (the period of 23 February belongs to February, the one of 6 April to April).
/// </summary>
public sealed class PlanSubmissionRuleTests
{
    private static readonly DateOnly Ninth = new(2026, 3, 9);
    private static readonly DateOnly TwentyThird = new(2026, 3, 23);
    private static readonly QuotaRule EveryPeriod = Facts.Rule(QuotaRuleKind.PlanSubmission, 100);

    [Fact]
    public void Each_period_is_judged_in_the_month_it_starts_in()
    {
        var result = QuotaEvaluation.PlanSubmission(EveryPeriod, Facts.MarchOver, new HashSet<DateOnly> { new(2026, 2, 23), Ninth, new(2026, 4, 6) });

        (result.Required, result.Actual, result.Status).ShouldBe((2, 1, QuotaStatus.Missed));
        result.Gaps.ShouldBe([new QuotaGap(QuotaRuleKind.PlanSubmission, null, null, null, null, TwentyThird, 0, 1)]);
    }

    [Fact]
    public void A_period_that_has_begun_without_a_plan_makes_the_month_missed_at_once()
    {
        var onTheNinth = new JudgedMonth(Facts.March, Ninth);
        var dayBefore = new JudgedMonth(Facts.March, Ninth.AddDays(-1));

        QuotaEvaluation.PlanSubmission(EveryPeriod, onTheNinth, new HashSet<DateOnly>()).Status.ShouldBe(QuotaStatus.Missed);
        QuotaEvaluation.PlanSubmission(EveryPeriod, dayBefore, new HashSet<DateOnly>()).Status.ShouldBe(QuotaStatus.AtRisk);
        QuotaEvaluation.PlanSubmission(EveryPeriod, onTheNinth, new HashSet<DateOnly> { Ninth }).Status.ShouldBe(QuotaStatus.OnTrack);
    }

    [Fact]
    public void With_half_the_periods_required_a_missed_period_can_still_be_made_up_by_the_next()
    {
        var half = Facts.Rule(QuotaRuleKind.PlanSubmission, 50);
        var onTheTenth = new JudgedMonth(Facts.March, new DateOnly(2026, 3, 10));

        var result = QuotaEvaluation.PlanSubmission(half, onTheTenth, new HashSet<DateOnly>());

        (result.Required, result.Actual).ShouldBe((1, 0));
        result.Status.ShouldNotBe(QuotaStatus.Missed);
        QuotaEvaluation.PlanSubmission(half, new JudgedMonth(Facts.March, TwentyThird), new HashSet<DateOnly>()).Status.ShouldBe(QuotaStatus.Missed);
        QuotaEvaluation.PlanSubmission(half, Facts.MarchOver, new HashSet<DateOnly> { TwentyThird }).Status.ShouldBe(QuotaStatus.Met);
    }

    [Fact]
    public void Every_plan_submitted_is_met()
    {
        var result = QuotaEvaluation.PlanSubmission(EveryPeriod, new JudgedMonth(Facts.March, new DateOnly(2026, 3, 2)), new HashSet<DateOnly> { Ninth, TwentyThird });

        (result.Required, result.Actual, result.Status).ShouldBe((2, 2, QuotaStatus.Met));
        result.Gaps.ShouldBeEmpty();
    }
}
