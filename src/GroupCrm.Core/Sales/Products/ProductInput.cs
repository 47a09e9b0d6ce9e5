namespace GroupCrm.Core.Sales.Products;

/// <summary>
/// The fields of a product that can be edited after it is created, as the form sends them (untrimmed).
/// <see cref="LaunchedOn"/> is a month: any day in it stands for the month.
/// </summary>
public sealed record ProductFields(
    string? Brand, string? Name, string? NameEn, string? PriceBand, string? Unit, bool IsScarce, DateOnly? LaunchedOn);

/// <summary>
/// A new product: its fields plus what is fixed at creation. The code never changes afterwards (sales
/// files and letters name products by it); the list price changes only through a recorded price change.
/// </summary>
public sealed record NewProduct(string? Code, decimal? ListPrice, bool IsActive, ProductFields Fields);
