using GroupCrm.Core.Letters.Drafting;

namespace GroupCrm.Core.Tests.Letters.Drafting;

public sealed class LetterMonthsTests
{
    private static readonly DateOnly Today = new(2026, 11, 1);

    [Fact]
    public void The_previous_month_is_the_one_before_todays_even_on_its_first_day_and_across_a_new_year()
    {
        LetterMonths.Previous(Today).ShouldBe(new DateOnly(2026, 10, 1));
        LetterMonths.Previous(new DateOnly(2026, 10, 31)).ShouldBe(new DateOnly(2026, 9, 1));
        LetterMonths.Previous(new DateOnly(2027, 1, 1)).ShouldBe(new DateOnly(2026, 12, 1));
    }

    [Theory]
    [InlineData("2026-10-01")] // the month just ended
    [InlineData("2026-10-17")] // any day names its month
    [InlineData("2024-11-01")] // 24 months back
    public void A_closed_month_of_the_last_two_years_may_be_drafted(string month) =>
        LetterMonths.Problem(DateOnly.Parse(month), Today).ShouldBeNull();

    [Theory]
    [InlineData("2026-11-01")]
    [InlineData("2026-11-30")]
    [InlineData("2027-03-01")]
    [InlineData("9999-12-01")]
    public void The_current_month_and_later_ones_are_refused_because_they_have_not_ended(string month) =>
        LetterMonths.Problem(DateOnly.Parse(month), Today).ShouldBe(LetterMonths.NotEndedMessage);

    [Theory]
    [InlineData("2024-10-31")]
    [InlineData("2020-01-01")]
    [InlineData("0001-01-01")]
    public void A_month_more_than_24_months_back_is_refused(string month) =>
        LetterMonths.Problem(DateOnly.Parse(month), Today).ShouldBe(LetterMonths.TooOldMessage);

    [Theory]
    [InlineData("2026-10", 2026, 10)]
    [InlineData(" 2026-01 ", 2026, 1)]
    [InlineData("0001-01", 1, 1)]
    public void A_month_is_read_from_yyyy_MM(string text, int year, int month)
    {
        LetterMonths.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(new DateOnly(year, month, 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-1")]
    [InlineData("26-10")]
    [InlineData("2026/10")]
    [InlineData("2026-10-01")]
    [InlineData("10-2026")]
    [InlineData("0000-10")]
    [InlineData("２０２６-１０")]
    [InlineData("2026-10'; DROP TABLE sales_letters; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("last month")]
    public void Anything_else_is_not_a_month(string? text)
    {
        LetterMonths.TryParse(text, out var parsed).ShouldBeFalse();
        parsed.ShouldBe(default);
    }

    [Fact]
    public void A_very_long_text_is_not_a_month() => LetterMonths.TryParse(new string('9', 100_000), out _).ShouldBeFalse();

    [Fact]
    public void The_report_says_what_the_run_did_in_one_line()
    {
        new DraftingReport(new DateOnly(2026, 10, 1), 60, 58, 0, 2).Summary.ShouldBe("60 letters for 2026-10: 58 drafted, 0 regenerated, 2 already approved");
        new DraftingReport(new DateOnly(2027, 1, 1), 1, 0, 1, 0).Summary.ShouldBe("1 letter for 2027-01: 0 drafted, 1 regenerated, 0 already approved");
        new DraftingReport(new DateOnly(2027, 1, 1), 0, 0, 0, 0).Summary.ShouldBe("0 letters for 2027-01: 0 drafted, 0 regenerated, 0 already approved");
    }
}
