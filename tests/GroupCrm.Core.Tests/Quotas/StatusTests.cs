using GroupCrm.Core.Quotas;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>How required and actual figures become a status: met, missed once the month is over, and the pace in the current month.</summary>
public sealed class StatusTests
{
    // March 2026: 22 working days (Mon 2 … Tue 31). On Monday 16 March, 10 of them have passed.
    private static readonly JudgedMonth MidMarch = new(Facts.March, new DateOnly(2026, 3, 16));

    [Fact]
    public void The_month_is_measured_in_working_days_before_today_and_calendar_days_left_with_today()
    {
        MidMarch.WorkingDays.ShouldBe(22);
        MidMarch.WorkingDaysElapsed.ShouldBe(10);
        MidMarch.DaysLeft.ShouldBe(16);
        MidMarch.IsOver.ShouldBeFalse();
        Facts.MarchOver.WorkingDaysElapsed.ShouldBe(22);
        Facts.MarchOver.DaysLeft.ShouldBe(0);
        new JudgedMonth(new DateOnly(2026, 3, 31), new DateOnly(2026, 3, 31)).IsOver.ShouldBeFalse();
        new JudgedMonth(new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 1)).IsOver.ShouldBeTrue();
    }

    [Theory]
    [InlineData(10, 10, QuotaStatus.Met)]
    [InlineData(10, 11, QuotaStatus.Met)]
    [InlineData(0, 0, QuotaStatus.Met)]
    [InlineData(10, 9, QuotaStatus.Missed)]
    [InlineData(1, 0, QuotaStatus.Missed)]
    public void A_month_that_is_over_is_met_or_missed(int required, int actual, QuotaStatus expected) =>
        QuotaEvaluation.Status(required, actual, Facts.MarchOver).ShouldBe(expected);

    [Theory]
    // Pace is enough when actual × 22 ≥ required × 10.
    [InlineData(22, 10, QuotaStatus.OnTrack)]
    [InlineData(22, 9, QuotaStatus.AtRisk)]
    [InlineData(11, 5, QuotaStatus.OnTrack)]
    [InlineData(11, 4, QuotaStatus.AtRisk)]
    [InlineData(11, 11, QuotaStatus.Met)]
    public void In_the_current_month_the_pace_so_far_decides_between_on_track_and_at_risk(int required, int actual, QuotaStatus expected) =>
        QuotaEvaluation.Status(required, actual, MidMarch).ShouldBe(expected);

    [Fact]
    public void On_the_first_working_day_nothing_is_behind_yet_and_a_rule_that_cannot_be_met_is_missed_at_once()
    {
        var first = new JudgedMonth(Facts.March, new DateOnly(2026, 3, 2));
        QuotaEvaluation.Status(40, 0, first).ShouldBe(QuotaStatus.OnTrack);
        QuotaEvaluation.Status(40, 0, first, unreachable: true).ShouldBe(QuotaStatus.Missed);
        QuotaEvaluation.Status(40, 0, first, behind: true).ShouldBe(QuotaStatus.AtRisk);
    }

    [Theory]
    [InlineData(7, 100, 7)]
    [InlineData(7, 50, 4)]
    [InlineData(7, 0, 0)]
    [InlineData(0, 100, 0)]
    [InlineData(3, 34, 2)]
    public void A_percentage_of_a_count_is_rounded_up(int count, int percent, int expected) =>
        QuotaEvaluation.Percent(count, percent).ShouldBe(expected);

    [Fact]
    public void The_overall_status_is_the_worst_rule_and_rules_that_do_not_apply_are_left_out()
    {
        QuotaStatuses.Worst([QuotaStatus.Met, QuotaStatus.OnTrack, QuotaStatus.NotApplicable]).ShouldBe(QuotaStatus.OnTrack);
        QuotaStatuses.Worst([QuotaStatus.AtRisk, QuotaStatus.Missed, QuotaStatus.Met]).ShouldBe(QuotaStatus.Missed);
        QuotaStatuses.Worst([QuotaStatus.Met, QuotaStatus.AtRisk]).ShouldBe(QuotaStatus.AtRisk);
        QuotaStatuses.Worst([QuotaStatus.NotApplicable]).ShouldBe(QuotaStatus.NotApplicable);
        QuotaStatuses.Worst([]).ShouldBe(QuotaStatus.NotApplicable);
    }
}
