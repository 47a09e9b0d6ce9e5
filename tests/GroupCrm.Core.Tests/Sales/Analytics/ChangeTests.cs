using GroupCrm.Core.Sales.Analytics;

namespace GroupCrm.Core.Tests.Sales.Analytics;

/// <summary>Comparisons and month choice, without a database.</summary>
public sealed class ChangeTests
{
    [Theory]
    [InlineData(105, 100, 5, 5)]
    [InlineData(95, 100, -5, -5)]
    [InlineData(0, 40, -40, -100)]
    [InlineData(100, 100, 0, 0)]
    public void A_change_has_a_difference_and_a_percentage(int current, int baseValue, int difference, int percent)
    {
        var change = new Change(current, baseValue);
        (change.Difference, change.Percent).ShouldBe(((decimal)difference, (decimal?)percent));
    }

    [Fact]
    public void Against_a_base_of_zero_there_is_a_difference_but_no_percentage()
    {
        var change = new Change(50, 0);
        (change.Difference, change.Percent).ShouldBe((50m, (decimal?)null));
        new Change(0, 0).Percent.ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-06-15", null, "2026-05-01")]
    [InlineData("2026-01-01", null, "2025-12-01")]
    [InlineData("2026-06-15", "2025-02-28", "2025-02-01")]
    [InlineData("2026-06-15", "2026-06-02", "2026-06-01")]
    [InlineData("2026-06-15", "2026-07-01", "2026-05-01")]
    public void The_month_shown_is_the_month_asked_for_or_the_last_full_one(string today, string? asked, string shown) =>
        SalesMonth.Choose(asked is null ? null : DateOnly.Parse(asked), DateOnly.Parse(today)).ShouldBe(DateOnly.Parse(shown));
}
