using GroupCrm.Core.Sales.Forecasts;

namespace GroupCrm.Core.Tests.Sales.Forecasts;

/// <summary>The accuracy formula at its edges, and the quantity-weighted aggregate.</summary>
public sealed class ForecastAccuracyTests
{
    [Theory]
    [InlineData(100, 100, 1.0)]
    [InlineData(90, 100, 0.9)]
    [InlineData(110, 100, 0.9)]
    [InlineData(150, 100, 0.5)]
    [InlineData(200, 100, 0.0)] // off by the whole actual
    [InlineData(250, 100, 0.0)] // over-forecast beyond twice the actual: bounded at 0, never negative
    [InlineData(0, 100, 0.0)]
    [InlineData(0, 0, 1.0)]     // nothing forecast, nothing sold: right
    [InlineData(5, 0, 0.0)]     // something forecast, nothing sold: wrong
    [InlineData(10_000_000, 1, 0.0)]
    public void A_line_scores_one_minus_the_error_over_the_actual_bounded_at_zero(int forecast, int actual, double expected) =>
        ForecastAccuracy.Line(forecast, actual).ShouldBe(expected, 1e-12);

    [Fact]
    public void Lines_aggregate_as_the_mean_weighted_by_the_actual_quantity()
    {
        // 0.9 × 100 + 0.5 × 20 + 0 × 30 (beyond 2×) + 0 × 0 (sold nothing: weighs nothing) over 150.
        var score = ForecastAccuracy.Weighted([(90, 100), (30, 20), (70, 30), (5, 0)]);
        score!.Value.ShouldBe((90 + 10 + 0) / 150.0, 1e-12);
    }

    [Fact]
    public void No_lines_give_no_score_and_lines_that_all_sold_nothing_take_the_plain_mean()
    {
        ForecastAccuracy.Weighted([]).ShouldBeNull();
        ForecastAccuracy.Weighted([(0, 0), (5, 0)])!.Value.ShouldBe(0.5, 1e-12);
    }
}
