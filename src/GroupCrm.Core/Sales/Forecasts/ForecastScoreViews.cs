namespace GroupCrm.Core.Sales.Forecasts;

/// <summary>
/// A score of some forecast lines (<see cref="ForecastAccuracy"/>): null when none was forecast; how many
/// lines it covers; and how many products sold without a forecast (in months that had a forecast at all).
/// </summary>
public sealed record AccuracyCell(double? Accuracy, int Lines, int NotForecast)
{
    public static readonly AccuracyCell None = new(null, 0, 0);
}

/// <summary>An account's or a manager's scores: one per month of the table, oldest first, and over all of them.</summary>
public sealed record AccuracyRow(int Id, string Name, IReadOnlyList<AccuracyCell> Months, AccuracyCell Overall);

/// <summary>The accuracy table: the closed months with actuals, per account and per account manager.</summary>
public sealed record AccuracyTable(IReadOnlyList<DateOnly> Months, IReadOnlyList<AccuracyRow> Accounts, IReadOnlyList<AccuracyRow> Managers);

/// <summary>One forecast product of an account's month, scored.</summary>
public sealed record AccuracyLine(string Code, string Name, string NameEn, int Forecast, int Actual)
{
    public double Accuracy => ForecastAccuracy.Line(Forecast, Actual);
}

/// <summary>An account's month in detail: every forecast line with its score, and the products that sold without a forecast.</summary>
public sealed record AccountAccuracy(
    int AccountId, string Name, IReadOnlyList<DateOnly> Months, DateOnly? Month, IReadOnlyList<AccuracyLine> Lines, IReadOnlyList<AccuracyLine> NotForecast)
{
    public double? Accuracy => ForecastAccuracy.Weighted(Lines.Select(l => (l.Forecast, l.Actual)));
}
