namespace GroupCrm.Core.Visits;

/// <summary>What a store visit saw of one product: on the shelf (上摊), sold since last visit (动销), shelf price, stock.</summary>
public sealed class VisitProductCheck
{
    public int VisitId { get; set; }
    public int ProductId { get; set; }
    public bool Listed { get; set; }

    /// <summary>Units sold since the previous visit, as the store reports them.</summary>
    public int? SellThrough { get; set; }

    public decimal? ShelfPrice { get; set; }
    public int? StockOnHand { get; set; }
}
