using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Products;

public enum ProductNewsKind
{
    NewProduct,
    PriceChange,
}

/// <summary>
/// One piece of product news. For a new product <see cref="On"/> is its launch month and
/// <see cref="NewPrice"/> its list price then (<see cref="OldPrice"/> is null); for a price change,
/// the day it takes effect and the prices before and after.
/// </summary>
public sealed record ProductNewsItem(
    ProductNewsKind Kind, DateOnly On, int ProductId, string Code, string Brand, string Name, string NameEn,
    bool IsScarce, bool IsActive, decimal? OldPrice, decimal NewPrice);

/// <summary>
/// A month's product news for visit prep sheets, monthly letters and the news page: the products launched
/// in the month and the price changes that take effect in it (scheduled ones included), by date.
/// </summary>
public sealed class ProductNews(CrmDbContext db)
{
    public async Task<IReadOnlyList<ProductNewsItem>> ForMonthAsync(DateOnly month, CancellationToken ct = default)
    {
        var first = ProductRules.FirstOfMonth(month);
        var next = first.AddMonths(1);
        var launches = await db.Products.AsNoTracking()
            .Where(p => p.LaunchedOn >= first && p.LaunchedOn < next)
            .Select(p => new ProductNewsItem(ProductNewsKind.NewProduct, p.LaunchedOn!.Value, p.Id, p.Code, p.Brand, p.Name, p.NameEn,
                p.IsScarce, p.IsActive, null,
                db.PricesOn(first).Where(c => c.ProductId == p.Id).Select(c => c.Price).Single()))
            .ToListAsync(ct);
        var changes = await db.PriceChanges.AsNoTracking()
            .Where(c => c.EffectiveOn >= first && c.EffectiveOn < next)
            .Join(db.Products, c => c.ProductId, p => p.Id, (c, p) => new ProductNewsItem(ProductNewsKind.PriceChange, c.EffectiveOn,
                p.Id, p.Code, p.Brand, p.Name, p.NameEn, p.IsScarce, p.IsActive, c.OldPrice, c.NewPrice))
            .ToListAsync(ct);
        return [.. launches.Concat(changes).OrderBy(i => i.On).ThenBy(i => i.Kind).ThenBy(i => i.Code, StringComparer.Ordinal)];
    }
}
