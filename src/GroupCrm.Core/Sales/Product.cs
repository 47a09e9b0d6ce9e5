namespace GroupCrm.Core.Sales;

/// <summary>A product the distributor sells. Scarce products are shared out in allocation rounds.</summary>
public sealed class Product
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Brand { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public required string PriceBand { get; set; }
    public required string Unit { get; set; }
    public decimal ListPrice { get; set; }
    public bool IsScarce { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The first month the product is sold; a product launched in a month is that month's "new product" news.</summary>
    public DateOnly? LaunchedOn { get; set; }

    /// <summary>PostgreSQL's xmin: a save over a changed row is refused instead of overwriting it.</summary>
    public uint Version { get; set; }
}
