namespace GroupCrm.Core.Sales.Analytics;

/// <summary>A brand's sales in the month and the month before.</summary>
public sealed record BrandRow(string Brand, SalesTotals Current, SalesTotals Previous)
{
    public Change VsPrevious => new(Current.Quantity, Previous.Quantity);
}

/// <summary>An active store's quantity in the month and the month before.</summary>
public sealed record StoreRow(int StoreId, string Name, long Quantity, long PreviousQuantity)
{
    public Change VsPrevious => new(Quantity, PreviousQuantity);
}

/// <summary>
/// One account's month: the figures and their comparisons, the brands by quantity, the best and the worst
/// active stores, and the 24-month trend ending with the month. <see cref="Months"/> are the months that have data.
/// </summary>
public sealed record AccountSalesReport(
    int AccountId,
    DateOnly Month,
    MonthFigures Figures,
    IReadOnlyList<BrandRow> Brands,
    IReadOnlyList<StoreRow> BestStores,
    IReadOnlyList<StoreRow> WorstStores,
    int ActiveStores,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<DateOnly> Months);
