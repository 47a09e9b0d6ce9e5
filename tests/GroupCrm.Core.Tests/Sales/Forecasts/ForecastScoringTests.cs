using GroupCrm.Core.Sales.Forecasts;

namespace GroupCrm.Core.Tests.Sales.Forecasts;

/// <summary>Joining forecasts and actuals: what is scored, what is "not forecast", and how rows aggregate.</summary>
public sealed class ForecastScoringTests
{
    private static readonly DateOnly Jan = new(2026, 1, 1), Feb = new(2026, 2, 1);

    [Fact]
    public void A_product_sold_without_a_forecast_is_listed_not_scored_and_only_in_months_with_a_forecast()
    {
        var facts = ForecastScoring.Facts(
            [(1, 10, Feb, 90), (1, 11, Feb, 4)],
            [new(1, 10, Feb, 100), new(1, 12, Feb, 50), new(1, 12, Jan, 60), new(2, 10, Feb, 70)]);

        facts.ShouldBe([new(1, 10, Feb, 90, 100), new(1, 11, Feb, 4, 0), new(1, 12, Feb, null, 50)], ignoreOrder: true);
        var cell = ForecastScoring.Score(facts);
        (cell.Lines, cell.NotForecast).ShouldBe((2, 1));
        cell.Accuracy!.Value.ShouldBe(0.9, 1e-12); // the line that sold nothing weighs nothing
    }

    [Fact]
    public void Rows_score_each_month_and_all_months_weighted_by_actuals()
    {
        ForecastFact[] facts = [new(1, 10, Jan, 50, 100), new(1, 10, Feb, 300, 300), new(2, 10, Feb, 10, 20), new(2, 11, Feb, null, 5)];
        var managers = new Dictionary<int, int> { [1] = 7, [2] = 7 };

        var accounts = ForecastScoring.Rows(facts, [Jan, Feb], f => f.AccountId, new Dictionary<int, string> { [1] = "甲", [2] = "乙" });
        var byManager = ForecastScoring.Rows(facts, [Jan, Feb], f => managers[f.AccountId], new Dictionary<int, string> { [7] = "王" });

        var first = accounts.Single(r => r.Id == 1);
        first.Months.Select(c => c.Accuracy).ShouldBe([0.5, 1.0]);
        first.Overall.Accuracy!.Value.ShouldBe((50 + 300) / 400.0, 1e-12);
        var second = accounts.Single(r => r.Id == 2);
        second.Months[0].ShouldBe(AccuracyCell.None);
        (second.Months[1].Accuracy, second.Months[1].NotForecast).ShouldBe((0.5, 1));
        var manager = byManager.Single();
        manager.Name.ShouldBe("王");
        manager.Months[1].Accuracy!.Value.ShouldBe((300 + 10) / 320.0, 1e-12);
        manager.Overall.Accuracy!.Value.ShouldBe((50 + 300 + 10) / 420.0, 1e-12);
    }
}
