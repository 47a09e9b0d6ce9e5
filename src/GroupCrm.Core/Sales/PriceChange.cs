namespace GroupCrm.Core.Sales;

/// <summary>A list-price change of a product from a date on; the product's ListPrice is the latest one in effect.</summary>
public sealed class PriceChange
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public decimal OldPrice { get; set; }
    public decimal NewPrice { get; set; }
    public int ChangedById { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
