namespace GroupCrm.Core.Sales.Analytics;

/// <summary>Quantity and amount sold, summed by PostgreSQL.</summary>
public sealed record SalesTotals(long Quantity, decimal Amount)
{
    public static readonly SalesTotals Zero = new(0, 0m);
}

/// <summary>
/// The planned quantity and what was sold against it. For one account Actual is its whole month; for a
/// district it is the sum over the accounts that have a plan, so accounts without one do not inflate the rate.
/// </summary>
public sealed record PlanFigures(long Planned, long Actual);

/// <summary>A month's sales with the figures it is compared with; a missing plan stays missing ("no plan").</summary>
public sealed record MonthFigures(SalesTotals Current, SalesTotals Previous, SalesTotals LastYear, PlanFigures? Plan)
{
    public Change? VsPlan => Plan is null ? null : new Change(Plan.Actual, Plan.Planned);
    public Change VsPrevious => new(Current.Quantity, Previous.Quantity);
    public Change VsLastYear => new(Current.Quantity, LastYear.Quantity);
    public Change AmountVsPrevious => new(Current.Amount, Previous.Amount);
    public Change AmountVsLastYear => new(Current.Amount, LastYear.Amount);

    public bool HasSales => Current.Quantity != 0 || Previous.Quantity != 0 || LastYear.Quantity != 0;
}

/// <summary>One month of a trend; months without sales are present with zeros.</summary>
public sealed record TrendPoint(DateOnly Month, long Quantity, decimal Amount);
