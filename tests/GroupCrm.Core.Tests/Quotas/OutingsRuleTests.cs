using GroupCrm.Core.Quotas;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>Market managers' outings: a day of store visits counts when it covers the minimum of distinct stores.</summary>
public sealed class OutingsRuleTests
{
    private static readonly QuotaRule FourOfTen = Facts.Rule(QuotaRuleKind.Outings, 4, storesPerOuting: 10);

    [Fact]
    public void A_day_of_ten_stores_is_an_outing_and_a_day_of_nine_is_a_gap()
    {
        var result = QuotaEvaluation.Outings(FourOfTen, Facts.MarchOver,
        [
            new(new DateOnly(2026, 3, 3), 10), new(new DateOnly(2026, 3, 10), 9), new(new DateOnly(2026, 3, 17), 14),
            new(new DateOnly(2026, 3, 24), 10), new(new DateOnly(2026, 3, 31), 11),
        ]);

        result.Required.ShouldBe(4);
        result.Actual.ShouldBe(4);
        result.Status.ShouldBe(QuotaStatus.Met);
        result.Gaps.ShouldBe([new QuotaGap(QuotaRuleKind.Outings, null, null, null, null, new DateOnly(2026, 3, 10), 9, 10)]);
    }

    [Fact]
    public void Three_outings_in_a_month_that_is_over_are_missed_and_the_short_days_are_listed_in_order()
    {
        var result = QuotaEvaluation.Outings(FourOfTen, Facts.MarchOver,
        [
            new(new DateOnly(2026, 3, 20), 6), new(new DateOnly(2026, 3, 3), 12), new(new DateOnly(2026, 3, 5), 1),
            new(new DateOnly(2026, 3, 11), 10), new(new DateOnly(2026, 3, 25), 13),
        ]);

        result.Actual.ShouldBe(3);
        result.Status.ShouldBe(QuotaStatus.Missed);
        result.Gaps.Select(g => (g.Day, g.Have, g.Need)).ShouldBe([(new DateOnly(2026, 3, 5), 1, 10), (new DateOnly(2026, 3, 20), 6, 10)]);
    }

    [Fact]
    public void Days_outside_the_month_do_not_count()
    {
        var result = QuotaEvaluation.Outings(FourOfTen, Facts.MarchOver,
            [new(new DateOnly(2026, 2, 28), 12), new(new DateOnly(2026, 4, 1), 12), new(new DateOnly(2026, 3, 31), 12)]);

        result.Actual.ShouldBe(1);
        result.Gaps.ShouldBeEmpty();
    }

    [Fact]
    public void The_minimum_comes_from_the_rule_version()
    {
        var result = QuotaEvaluation.Outings(Facts.Rule(QuotaRuleKind.Outings, 2, storesPerOuting: 9), Facts.MarchOver,
            [new(new DateOnly(2026, 3, 3), 9), new(new DateOnly(2026, 3, 4), 8)]);

        result.Actual.ShouldBe(1);
        result.Gaps.Single().Need.ShouldBe(9);
    }

    [Fact]
    public void In_the_current_month_it_is_at_risk_when_fewer_days_are_left_than_outings_still_needed()
    {
        // Monday 2 March: no working day has passed yet, so the pace is never behind; 30 days are left, today included.
        var firstDay = new JudgedMonth(Facts.March, new DateOnly(2026, 3, 2));

        QuotaEvaluation.Outings(Facts.Rule(QuotaRuleKind.Outings, 30), firstDay, []).Status.ShouldBe(QuotaStatus.OnTrack);
        QuotaEvaluation.Outings(Facts.Rule(QuotaRuleKind.Outings, 31), firstDay, []).Status.ShouldBe(QuotaStatus.AtRisk);
    }

    [Fact]
    public void In_the_current_month_the_pace_of_outings_decides_otherwise()
    {
        // Monday 16 March: 10 of 22 working days have passed; two outings of four keep pace (2 × 22 ≥ 4 × 10), one does not.
        var midMonth = new JudgedMonth(Facts.March, new DateOnly(2026, 3, 16));
        OutingDay[] two = [new(new DateOnly(2026, 3, 3), 10), new(new DateOnly(2026, 3, 10), 12)];

        QuotaEvaluation.Outings(FourOfTen, midMonth, two).Status.ShouldBe(QuotaStatus.OnTrack);
        QuotaEvaluation.Outings(FourOfTen, midMonth, two[..1]).Status.ShouldBe(QuotaStatus.AtRisk);
    }

    [Fact]
    public void Zero_outings_required_is_met_with_none()
    {
        var result = QuotaEvaluation.Outings(Facts.Rule(QuotaRuleKind.Outings, 0), Facts.MarchOver, [new(new DateOnly(2026, 3, 3), 3)]);

        result.Status.ShouldBe(QuotaStatus.Met);
        result.Required.ShouldBe(0);
    }
}
