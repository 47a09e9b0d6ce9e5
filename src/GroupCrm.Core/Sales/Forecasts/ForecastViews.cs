using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Sales.Targets;

namespace GroupCrm.Core.Sales.Forecasts;

/// <summary>An active account on the forecasts page, with how many products next month's forecast has so far.</summary>
public sealed record ForecastAccountRow(int AccountId, string Name, string Manager, int NextMonthLines, bool CanForecast);

/// <summary>
/// One product of the entry form: the six closed months it is suggested from (oldest first), the suggestion,
/// and the forecast saved so far (null when none) with its version for the concurrency check.
/// </summary>
public sealed record ForecastSheetLine(int ProductId, string Code, string Name, string NameEn, IReadOnlyList<int> History, int Suggested, int? Saved, uint Version);

/// <summary>
/// Next month's forecast of one account: the products it bought in the six closed months before the
/// current one (and any already forecast), and the other active products that can be added.
/// </summary>
public sealed record ForecastSheet(
    AccountScope Account, DateOnly Month, IReadOnlyList<DateOnly> HistoryMonths, IReadOnlyList<ForecastSheetLine> Lines, IReadOnlyList<ProductChoice> OtherProducts);

/// <summary>One product's forecast as the form sends it: a blank quantity means "no forecast" (and removes a saved one).</summary>
public sealed record ForecastEntry(int ProductId, int? Quantity, uint Version);
