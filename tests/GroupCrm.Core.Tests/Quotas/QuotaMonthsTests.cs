using GroupCrm.Core.Quotas;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>The months quotas can be judged for: from the first month with rules to the organisation's current month.</summary>
public sealed class QuotaMonthsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_range_runs_from_January_2024_to_the_current_month_in_the_organisations_time_zone()
    {
        // 31 March 2026 17:00 UTC is already 1 April in Shanghai.
        await using var world = await QuotaWorld.CreateAsync(fixture, new DateTimeOffset(2026, 3, 31, 17, 0, 0, TimeSpan.Zero));

        var range = await world.RunAsync<QuotaMonths, QuotaMonthRange>(m => m.RangeAsync());

        range.ShouldBe(new QuotaMonthRange(new DateOnly(2024, 1, 1), new DateOnly(2026, 4, 1)));
        range.NewestFirst().Count().ShouldBe(28);
        range.NewestFirst().First().ShouldBe(new DateOnly(2026, 4, 1));
    }

    [Fact]
    public void Months_outside_the_range_are_refused_with_a_clear_message()
    {
        var range = new QuotaMonthRange(new DateOnly(2024, 1, 1), new DateOnly(2026, 4, 1));

        range.Problem(new DateOnly(2023, 12, 31)).ShouldBe("No quota data before January 2024.");
        range.Problem(DateOnly.MinValue).ShouldBe("No quota data before January 2024.");
        range.Problem(new DateOnly(2026, 5, 1)).ShouldBe("This month has not begun yet.");
        range.Problem(DateOnly.MaxValue).ShouldBe("This month has not begun yet.");
        range.Problem(new DateOnly(2024, 1, 1)).ShouldBeNull();
        range.Problem(new DateOnly(2026, 4, 30)).ShouldBeNull();
        range.Check(new DateOnly(2023, 1, 1))!.Arguments.ShouldBe(["January 2024"]);
        range.Contains(new DateOnly(2025, 6, 15)).ShouldBeTrue();
    }
}
