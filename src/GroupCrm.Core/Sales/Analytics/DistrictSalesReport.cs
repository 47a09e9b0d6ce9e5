namespace GroupCrm.Core.Sales.Analytics;

public enum BrandDirection { Growing, Steady, Declining, New }

/// <summary>A brand across a district: the month against the same month last year.</summary>
public sealed record BrandTrend(string Brand, long Quantity, long LastYearQuantity)
{
    public Change VsLastYear => new(Quantity, LastYearQuantity);

    public BrandDirection Direction => LastYearQuantity == 0 && Quantity > 0 ? BrandDirection.New
        : Quantity > LastYearQuantity ? BrandDirection.Growing
        : Quantity < LastYearQuantity ? BrandDirection.Declining
        : BrandDirection.Steady;
}

/// <summary>A district's month: its accounts with their total, brand trends, and the district's 24-month trend.</summary>
public sealed record DistrictSalesReport(
    int DistrictId, string Name, string NameEn, AccountsMonthReport Accounts, IReadOnlyList<BrandTrend> Brands, IReadOnlyList<TrendPoint> Trend);
