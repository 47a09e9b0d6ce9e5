using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Products;

/// <summary>A product's list price on one day. Properties rather than a positional record, so EF can join and filter on them.</summary>
public sealed record ProductPrice
{
    public int ProductId { get; init; }
    public decimal Price { get; init; }
}

/// <summary>
/// The list price in effect on a day, computed in the query rather than kept up to date by a job.
/// A price change dated today or earlier also updates Product.ListPrice when it is recorded; a change
/// dated in the future leaves ListPrice alone and simply starts to count here when its day comes. So
/// on any day the price is: the newest change effective by then; else the old price of the first change
/// after it (the price before the history began); else Product.ListPrice (a product never re-priced).
/// Every feature that shows or uses a list price reads it through this, never ListPrice alone.
/// </summary>
public static class ProductPrices
{
    public static IQueryable<ProductPrice> PricesOn(this CrmDbContext db, DateOnly day) =>
        db.Products.Select(p => new ProductPrice
        {
            ProductId = p.Id,
            Price = db.PriceChanges.Where(c => c.ProductId == p.Id && c.EffectiveOn <= day)
                .OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id).Select(c => (decimal?)c.NewPrice).FirstOrDefault()
            ?? db.PriceChanges.Where(c => c.ProductId == p.Id && c.EffectiveOn > day)
                .OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id).Select(c => (decimal?)c.OldPrice).FirstOrDefault()
            ?? p.ListPrice,
        });

    /// <summary>The price of one product on a day (null when there is no such product).</summary>
    public static Task<decimal?> PriceOnAsync(this CrmDbContext db, int productId, DateOnly day, CancellationToken ct = default) =>
        db.PricesOn(day).Where(p => p.ProductId == productId).Select(p => (decimal?)p.Price).SingleOrDefaultAsync(ct);
}
