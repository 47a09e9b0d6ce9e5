using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Products;

/// <summary>Reading the catalogue: every role sees every product, so the reads need no viewer.</summary>
public sealed partial class ProductCatalogue
{
    public async Task<ProductListPage> ListAsync(ProductFilter filter, CancellationToken ct = default)
    {
        var today = calendar.Today;
        var query = db.Products.AsNoTracking();
        if (!string.IsNullOrEmpty(filter.Brand)) query = query.Where(p => p.Brand == filter.Brand);
        if (!string.IsNullOrEmpty(filter.PriceBand)) query = query.Where(p => p.PriceBand == filter.PriceBand);
        if (filter.Scarce is { } scarce) query = query.Where(p => p.IsScarce == scarce);
        if (filter.Active is { } active) query = query.Where(p => p.IsActive == active);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = "%" + EscapeLike(filter.Text.Trim()) + "%";
            query = query.Where(p => EF.Functions.ILike(p.Code, pattern, "\\") || EF.Functions.ILike(p.Name, pattern, "\\")
                                     || EF.Functions.ILike(p.NameEn, pattern, "\\"));
        }

        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await (
                from p in query.OrderBy(p => p.Code).Skip((page - 1) * PageSize).Take(PageSize)
                join price in db.PricesOn(today) on p.Id equals price.ProductId
                let next = db.PriceChanges.Where(c => c.ProductId == p.Id && c.EffectiveOn > today)
                    .OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id).FirstOrDefault()
                orderby p.Code
                select new ProductListRow(p.Id, p.Code, p.Brand, p.Name, p.NameEn, p.PriceBand, p.Unit, price.Price,
                    p.IsScarce, p.IsActive, p.LaunchedOn, next == null ? null : next.NewPrice, next == null ? null : next.EffectiveOn))
            .ToListAsync(ct);
        return new ProductListPage(rows, total, page, pageCount);
    }

    public async Task<ProductFilterChoices> FilterChoicesAsync(CancellationToken ct = default)
    {
        var brands = await db.Products.Select(p => p.Brand).Distinct().OrderBy(b => b).ToListAsync(ct);
        var bands = await db.Products.Select(p => p.PriceBand).Distinct().OrderBy(b => b).ToListAsync(ct);
        return new ProductFilterChoices(brands, bands);
    }

    /// <returns>The product with its price today and its price history, or null when there is no such product.</returns>
    public async Task<ProductRecord?> FindAsync(int productId, CancellationToken ct = default)
    {
        var today = calendar.Today;
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new
            {
                p.Id, p.Code, p.IsActive, p.Version,
                Fields = new ProductFields(p.Brand, p.Name, p.NameEn, p.PriceBand, p.Unit, p.IsScarce, p.LaunchedOn),
                Price = db.PricesOn(today).Where(c => c.ProductId == p.Id).Select(c => c.Price).Single(),
            }).SingleOrDefaultAsync(ct);
        if (product is null) return null;
        var history = await db.PriceChanges.AsNoTracking().Where(c => c.ProductId == productId)
            .OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id)
            .Select(c => new PriceChangeRow(c.Id, c.EffectiveOn, c.OldPrice, c.NewPrice,
                db.Users.Where(u => u.Id == c.ChangedById).Select(u => u.DisplayName).Single(), c.ChangedAt, c.EffectiveOn <= today))
            .ToListAsync(ct);
        return new ProductRecord(product.Id, product.Code, product.Fields, product.IsActive, product.Price, product.Version, history);
    }

    // The user's text is matched literally: % and _ are not wildcards for them.
    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
