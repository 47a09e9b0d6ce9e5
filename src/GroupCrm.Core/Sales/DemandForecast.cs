namespace GroupCrm.Core.Sales;

/// <summary>The account manager's forecast of an account's demand for a product in a month.</summary>
public sealed class DemandForecast
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int ProductId { get; set; }
    public DateOnly Month { get; set; }
    public int Quantity { get; set; }
    public int EnteredById { get; set; }
    public DateTimeOffset EnteredAt { get; set; }
    public uint Version { get; set; }
}
