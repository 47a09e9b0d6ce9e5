using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;

namespace GroupCrm.Core.Tests.Visits.Plans;

/// <summary>The fixed grid of two-week periods, and how a period stands against today.</summary>
public sealed class PlanPeriodsTests
{
    [Fact]
    public void The_grid_starts_on_Monday_1_January_2024()
    {
        PlanPeriods.Anchor.DayOfWeek.ShouldBe(DayOfWeek.Monday);
        PlanPeriods.IsPeriodStart(PlanPeriods.Anchor).ShouldBeTrue();
        PlanPeriods.StartOf(new DateOnly(2024, 1, 14)).ShouldBe(PlanPeriods.Anchor);
        PlanPeriods.StartOf(new DateOnly(2024, 1, 15)).ShouldBe(new DateOnly(2024, 1, 15));
        PlanPeriods.EndOf(PlanPeriods.Anchor).ShouldBe(new DateOnly(2024, 1, 14));
    }

    [Fact]
    public void Every_day_belongs_to_exactly_one_period_of_fourteen_days_starting_on_a_Monday()
    {
        var counts = new Dictionary<DateOnly, int>();
        for (var day = new DateOnly(2023, 6, 1); day <= new DateOnly(2027, 6, 30); day = day.AddDays(1))
        {
            var start = PlanPeriods.StartOf(day);
            start.DayOfWeek.ShouldBe(DayOfWeek.Monday);
            day.ShouldBeInRange(start, PlanPeriods.EndOf(start));
            counts[start] = counts.GetValueOrDefault(start) + 1;
        }
        // Inside the range every period is whole; the first and last ones are cut by the range.
        counts.Values.Skip(1).SkipLast(1).ShouldAllBe(c => c == PlanPeriods.Days);
        counts.Keys.Zip(counts.Keys.Skip(1)).ShouldAllBe(pair => pair.Second.DayNumber - pair.First.DayNumber == PlanPeriods.Days);
    }

    [Fact]
    public void Days_before_the_anchor_fall_into_the_same_grid()
    {
        PlanPeriods.StartOf(new DateOnly(2023, 12, 31)).ShouldBe(new DateOnly(2023, 12, 18));
        PlanPeriods.StartOf(new DateOnly(2023, 12, 18)).ShouldBe(new DateOnly(2023, 12, 18));
        PlanPeriods.StartOf(new DateOnly(2023, 12, 17)).ShouldBe(new DateOnly(2023, 12, 4));
        PlanPeriods.IsPeriodStart(new DateOnly(2023, 12, 25)).ShouldBeFalse(); // a Monday, but in the middle of a period
    }

    [Fact]
    public void A_Monday_of_the_other_week_is_not_a_period_start()
    {
        PlanPeriods.IsPeriodStart(new DateOnly(2026, 3, 9)).ShouldBeTrue();
        PlanPeriods.IsPeriodStart(new DateOnly(2026, 3, 16)).ShouldBeFalse();
        PlanPeriods.IsPeriodStart(new DateOnly(2026, 3, 10)).ShouldBeFalse();
    }

    [Fact]
    public void Touching_lists_the_periods_with_a_day_in_the_month()
    {
        PlanPeriods.Touching(new DateOnly(2024, 1, 1)).ShouldBe([new(2024, 1, 1), new(2024, 1, 15), new(2024, 1, 29)]);
        PlanPeriods.Touching(new DateOnly(2026, 3, 1)).ShouldBe([new(2026, 2, 23), new(2026, 3, 9), new(2026, 3, 23)]);
        for (var month = new DateOnly(2024, 1, 1); month < new DateOnly(2027, 1, 1); month = month.AddMonths(1))
        {
            var periods = PlanPeriods.Touching(month).ToList();
            var last = month.AddMonths(1).AddDays(-1);
            periods.ShouldAllBe(p => p <= last && PlanPeriods.EndOf(p) >= month);
            periods.First().ShouldBe(PlanPeriods.StartOf(month));
            periods.Last().ShouldBe(PlanPeriods.StartOf(last));
        }
    }

    [Theory]
    [InlineData("2026-03-09", PeriodTiming.Current)]
    [InlineData("2026-02-23", PeriodTiming.Past)]
    [InlineData("2026-03-23", PeriodTiming.Upcoming)]
    public void A_period_is_past_current_or_upcoming(string start, PeriodTiming timing) =>
        PlanCalendar.TimingOf(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), PlanWorld.Today).ShouldBe(timing);

    [Fact]
    public void A_plan_is_made_only_for_a_period_start_after_today_and_within_a_year()
    {
        static string? Refusal(DateOnly start, DateOnly today) => PlanCalendar.RefuseAsPeriod(start, today)?.Errors.Single().Message;

        Refusal(PlanWorld.Next, PlanWorld.Today).ShouldBeNull();
        Refusal(PlanWorld.Next, PlanWorld.Next).ShouldBe(PlanMessages.AlreadyStarted);
        Refusal(PlanWorld.Current, PlanWorld.Today).ShouldBe(PlanMessages.AlreadyStarted);
        Refusal(new DateOnly(2026, 3, 24), PlanWorld.Today).ShouldBe(PlanMessages.NotAPeriodStart);
        Refusal(PlanWorld.Next.AddDays(28 * 14), PlanWorld.Today).ShouldBe(PlanMessages.TooFarAhead);
        PlanCalendar.RefuseAsPeriod(new DateOnly(2026, 3, 30), PlanWorld.Today)!.Errors.Single().Arguments.ShouldBe(["2026-03-30", "2026-03-23"]);
    }

    [Theory]
    [InlineData("2026-03-23", true)]
    [InlineData(" 2026-03-23 ", true)]
    [InlineData("2026-3-23", false)]
    [InlineData("23/03/2026", false)]
    [InlineData("1899-12-25", false)]
    [InlineData("<script>", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Periods_are_read_from_ISO_dates_only(string? text, bool ok) => PlanCalendar.TryParse(text, out _).ShouldBe(ok);
}
