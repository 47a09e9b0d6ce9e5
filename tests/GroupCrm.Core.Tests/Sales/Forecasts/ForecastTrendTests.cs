using GroupCrm.Core.Sales.Forecasts;

namespace GroupCrm.Core.Tests.Sales.Forecasts;

/// <summary>The pre-fill: last three months' average times (1 + growth over the three before), growth within ±50 %.</summary>
public sealed class ForecastTrendTests
{
    [Theory]
    [InlineData(new[] { 10, 10, 10, 10, 10, 10 }, 10)]
    [InlineData(new[] { 10, 10, 10, 12, 12, 12 }, 14)]  // 12 × 1.2 = 14.4
    [InlineData(new[] { 10, 10, 10, 30, 30, 30 }, 45)]  // growth 200 % held at 50 %: 30 × 1.5
    [InlineData(new[] { 30, 30, 30, 10, 10, 10 }, 5)]   // decline of 67 % held at 50 %: 10 × 0.5
    [InlineData(new[] { 0, 0, 0, 3, 4, 5 }, 4)]         // nothing before: no growth to measure, the average stands
    [InlineData(new[] { 5, 0, 0, 0, 0, 0 }, 0)]
    [InlineData(new[] { 4, 4, 4, 5, 5, 5 }, 6)]         // 5 × 1.25 = 6.25
    [InlineData(new[] { 2, 2, 2, 1, 2, 2 }, 1)]         // 5/3 × (1 − 1/6) = 1.39
    public void The_suggestion_follows_the_documented_rule(int[] history, int expected) =>
        ForecastTrend.Suggest(history).ShouldBe(expected);

    [Fact]
    public void Six_months_of_history_are_required() =>
        Should.Throw<ArgumentException>(() => ForecastTrend.Suggest([1, 2, 3]));
}
