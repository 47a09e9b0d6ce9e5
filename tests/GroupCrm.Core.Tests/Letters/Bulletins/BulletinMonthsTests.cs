using GroupCrm.Core.Letters.Bulletins;

namespace GroupCrm.Core.Tests.Letters.Bulletins;

public sealed class BulletinMonthsTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Theory]
    [InlineData("2026-05", 2026, 5)]
    [InlineData(" 2026-05 ", 2026, 5)]
    [InlineData("2000-01", 2000, 1)]
    [InlineData("2999-12", 2999, 12)]
    public void A_year_and_month_is_a_month(string text, int year, int month)
    {
        BulletinMonths.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(new DateOnly(year, month, 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2026-5")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("26-05")]
    [InlineData("2026/05")]
    [InlineData("2026-05-01")]
    [InlineData("202605")]
    [InlineData("May 2026")]
    [InlineData("1999-12")]
    [InlineData("3000-01")]
    [InlineData("-2026-05")]
    [InlineData("２０２６-05")]
    [InlineData("2026-05'; DROP TABLE market_bulletins; --")]
    [InlineData("<script>")]
    public void Anything_else_is_not(string? text) =>
        BulletinMonths.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void The_range_runs_from_24_months_back_to_next_month()
    {
        BulletinMonths.Earliest(Today).ShouldBe(new DateOnly(2024, 6, 1));
        BulletinMonths.Latest(Today).ShouldBe(new DateOnly(2026, 7, 1));
        BulletinMonths.Problem(new DateOnly(2024, 6, 1), Today).ShouldBeNull();
        BulletinMonths.Problem(new DateOnly(2026, 7, 1), Today).ShouldBeNull();
        BulletinMonths.Problem(new DateOnly(2024, 5, 1), Today)!.Message.ShouldBe(BulletinMessages.MonthOutOfRange);
        BulletinMonths.Problem(new DateOnly(2026, 8, 1), Today)!.Field.ShouldBe("Month");
        BulletinMonths.Problem(new DateOnly(2026, 6, 2), Today)!.Message.ShouldBe(BulletinMessages.NotFirstOfMonth);
    }

    [Fact]
    public void Months_are_written_as_year_dash_month() =>
        BulletinMonths.Format(new DateOnly(2026, 3, 1)).ShouldBe("2026-03");
}
