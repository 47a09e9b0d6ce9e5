namespace GroupCrm.Core.Sales;

/// <summary>Planned volume (quantity) of an account for a month, in total (no product) or for one product.</summary>
public sealed class SalesTarget
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public DateOnly Month { get; set; }
    public int? ProductId { get; set; }
    public int Quantity { get; set; }
    public int SetById { get; set; }
    public DateTimeOffset SetAt { get; set; }
    public uint Version { get; set; }
}
