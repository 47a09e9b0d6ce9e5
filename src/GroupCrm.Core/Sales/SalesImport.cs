namespace GroupCrm.Core.Sales;

public enum SalesImportState { Applied, RolledBack }

/// <summary>
/// One sales file loaded into monthly_sales. The month × store cells it replaced are listed in
/// <see cref="SalesImportCell"/>, and the rows it replaced are kept in <see cref="SalesImportBackup"/>
/// so that the import can be rolled back to the data before it.
/// </summary>
public sealed class SalesImport
{
    public int Id { get; set; }
    public required string FileName { get; set; }
    public int ImportedById { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int RowCount { get; set; }
    public DateOnly FirstMonth { get; set; }
    public DateOnly LastMonth { get; set; }
    public int MonthCount { get; set; }
    public int StoreCount { get; set; }
    public SalesImportState State { get; set; }
    public int? RolledBackById { get; set; }
    public DateTimeOffset? RolledBackAt { get; set; }
}

/// <summary>A month × store that an import replaced.</summary>
public sealed class SalesImportCell
{
    public int ImportId { get; set; }
    public DateOnly Month { get; set; }
    public int StoreId { get; set; }
}

/// <summary>A monthly_sales row as it was before an import replaced its cell.</summary>
public sealed class SalesImportBackup
{
    public int ImportId { get; set; }
    public DateOnly Month { get; set; }
    public int StoreId { get; set; }
    public int ProductId { get; set; }
    public int Quantity { get; set; }
    public decimal Amount { get; set; }
}
