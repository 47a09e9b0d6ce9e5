namespace GroupCrm.Core.Sales.Analytics;

/// <summary>
/// A figure against its base (plan, previous month, same month last year). The percentage is missing when
/// the base is zero: growth from nothing has no meaningful rate, and the page shows "–" for it.
/// </summary>
public readonly record struct Change(decimal Current, decimal Base)
{
    public decimal Difference => Current - Base;

    public decimal? Percent => Base == 0 ? null : (Current - Base) * 100m / Base;
}
