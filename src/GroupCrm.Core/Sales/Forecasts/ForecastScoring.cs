namespace GroupCrm.Core.Sales.Forecasts;

/// <summary>One (account, product, month) with its forecast (null when none) and what actually sold.</summary>
public sealed record ForecastFact(int AccountId, int ProductId, DateOnly Month, int? Forecast, int Actual);

/// <summary>
/// Scores facts into table cells, with no database: the rules of <see cref="ForecastAccuracy"/> applied to
/// groups of lines. A product that sold without a forecast counts as "not forecast" only in an account's month
/// that has some forecast; an account with no forecast at all in a month simply has no score for it.
/// </summary>
public static class ForecastScoring
{
    /// <summary>Joins forecasts and actuals into facts: forecast lines (actual 0 if nothing sold) and unforecast sales of forecast months.</summary>
    public static List<ForecastFact> Facts(IEnumerable<(int AccountId, int ProductId, DateOnly Month, int Quantity)> forecasts, IEnumerable<ActualQuantity> actuals)
    {
        var forecast = forecasts.ToDictionary(f => (f.AccountId, f.ProductId, f.Month), f => f.Quantity);
        var forecastMonths = forecast.Keys.Select(k => (k.AccountId, k.Month)).ToHashSet();
        var sold = actuals.ToDictionary(a => (a.AccountId, a.ProductId, a.Month), a => a.Quantity);
        var facts = forecast.Select(f => new ForecastFact(f.Key.AccountId, f.Key.ProductId, f.Key.Month, f.Value, sold.GetValueOrDefault(f.Key))).ToList();
        facts.AddRange(sold.Where(s => s.Value > 0 && !forecast.ContainsKey(s.Key) && forecastMonths.Contains((s.Key.AccountId, s.Key.Month)))
            .Select(s => new ForecastFact(s.Key.AccountId, s.Key.ProductId, s.Key.Month, null, s.Value)));
        return facts;
    }

    public static AccuracyCell Score(IEnumerable<ForecastFact> facts)
    {
        var list = facts as IReadOnlyCollection<ForecastFact> ?? [.. facts];
        var scored = list.Where(f => f.Forecast is not null).Select(f => (f.Forecast!.Value, f.Actual)).ToList();
        return new AccuracyCell(ForecastAccuracy.Weighted(scored), scored.Count, list.Count(f => f.Forecast is null));
    }

    /// <summary>A row per group (account or manager), a cell per month, and the score over all months.</summary>
    public static List<AccuracyRow> Rows(
        IReadOnlyList<ForecastFact> facts, IReadOnlyList<DateOnly> months, Func<ForecastFact, int> groupOf, IReadOnlyDictionary<int, string> names) =>
        [.. facts.GroupBy(groupOf)
            .Select(g => new AccuracyRow(g.Key, names.GetValueOrDefault(g.Key, ""),
                [.. months.Select(m => Score(g.Where(f => f.Month == m)))], Score(g)))
            .OrderBy(r => r.Name, StringComparer.Ordinal)];
}
