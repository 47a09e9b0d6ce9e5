namespace GroupCrm.Core.Sales.Products;

/// <summary>The list's filters; null means "any". <see cref="Text"/> is matched against code and both names.</summary>
public sealed record ProductFilter(string? Brand, string? PriceBand, bool? Scarce, bool? Active, string? Text, int Page = 1);

/// <summary>
/// One product as the list shows it. <see cref="ListPrice"/> is the price in effect today;
/// <see cref="ScheduledPrice"/> and <see cref="ScheduledOn"/> name the next change still to come, if any.
/// </summary>
public sealed record ProductListRow(
    int Id, string Code, string Brand, string Name, string NameEn, string PriceBand, string Unit,
    decimal ListPrice, bool IsScarce, bool IsActive, DateOnly? LaunchedOn, decimal? ScheduledPrice, DateOnly? ScheduledOn);

public sealed record ProductListPage(IReadOnlyList<ProductListRow> Rows, int Total, int Page, int PageCount);

/// <summary>The distinct brands and price bands, for the list's filters.</summary>
public sealed record ProductFilterChoices(IReadOnlyList<string> Brands, IReadOnlyList<string> PriceBands);

/// <summary>A recorded price change; <see cref="InEffect"/> is false while its date is still to come.</summary>
public sealed record PriceChangeRow(int Id, DateOnly EffectiveOn, decimal OldPrice, decimal NewPrice, string ChangedBy, DateTimeOffset ChangedAt, bool InEffect);

/// <summary>
/// One product with its price today and its whole price history, newest first. <see cref="Version"/> is
/// the row version the edit forms carry. <see cref="CancellableChangeId"/> is the change that may still be
/// withdrawn: the newest one, when its date is still to come.
/// </summary>
public sealed record ProductRecord(
    int Id, string Code, ProductFields Fields, bool IsActive, decimal ListPrice, uint Version, IReadOnlyList<PriceChangeRow> History)
{
    public int? CancellableChangeId => History is [{ InEffect: false } newest, ..] ? newest.Id : null;
}
