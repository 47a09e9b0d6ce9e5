namespace GroupCrm.Core.Sales;

/// <summary>Quantity and amount sold by one store of one product in one month (first day of the month).</summary>
public sealed class MonthlySale
{
    public DateOnly Month { get; set; }
    public int StoreId { get; set; }
    public int ProductId { get; set; }
    public int Quantity { get; set; }
    public decimal Amount { get; set; }
}
