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
}
