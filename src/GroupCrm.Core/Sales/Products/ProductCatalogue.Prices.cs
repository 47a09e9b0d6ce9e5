using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Products;

/// <summary>
/// Price changes. A product's changes form one chain in date order: each new change is dated after the
/// newest one and starts from its price, so "old → new" always reads true. A change dated today or earlier
/// becomes Product.ListPrice at once; a later one counts from its date on (see <see cref="ProductPrices"/>),
/// with no job to run. Every change also rewrites the product row, so its version moves: two people
/// re-pricing the same product at once cannot both build on the same newest change.
/// </summary>
public sealed partial class ProductCatalogue
{
    public async Task<RecordResult> ChangePriceAsync(
        Viewer viewer, int productId, decimal newPrice, DateOnly effectiveOn, uint? expectedVersion = null, CancellationToken ct = default)
    {
        if (!CanEdit(viewer)) return RecordResult.NotAllowed;
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return RecordResult.NoSuchRecord;
        var today = calendar.Today;
        var newest = await NewestChangeAsync(productId, ct);
        var errors = new List<RecordError>();
        if (!ProductRules.IsValidPrice(newPrice)) errors.Add(new(NewPriceField, ProductRules.PriceOutOfRange));
        if (effectiveOn < ProductRules.Earliest || effectiveOn > today.AddYears(1))
            errors.Add(new(EffectiveOnField, "The effective date must lie between 1 January 2000 and a year from today."));
        else if (newest is not null && effectiveOn <= newest.EffectiveOn)
            errors.Add(new(EffectiveOnField, "The effective date must be after the newest price change, on {0}.", newest.EffectiveOn.ToString("yyyy-MM-dd")));
        var oldPrice = newest?.NewPrice ?? product.ListPrice;
        if (errors.Count == 0 && newPrice == oldPrice)
            errors.Add(new(NewPriceField, "The new price is the same as the price before it."));
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        // Read before the new change is added: the price today without it.
        var priceToday = await db.PriceOnAsync(productId, today, ct) ?? product.ListPrice;
        db.PriceChanges.Add(new PriceChange
        {
            ProductId = productId, EffectiveOn = effectiveOn, OldPrice = oldPrice, NewPrice = newPrice,
            ChangedById = viewer.UserId, ChangedAt = clock.GetUtcNow(),
        });
        // Also catches ListPrice up with an earlier future change whose day has come meanwhile.
        product.ListPrice = effectiveOn <= today ? newPrice : priceToday;
        return await SaveTouchingAsync(product, expectedVersion, ct);
    }

    /// <summary>Withdraws a price change typed by mistake: only the newest one, and only while its date is still to come.</summary>
    public async Task<RecordResult> CancelScheduledChangeAsync(
        Viewer viewer, int productId, int changeId, uint? expectedVersion = null, CancellationToken ct = default)
    {
        if (!CanEdit(viewer)) return RecordResult.NotAllowed;
        var product = await db.Products.SingleOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return RecordResult.NoSuchRecord;
        if (!await db.PriceChanges.AnyAsync(c => c.ProductId == productId && c.Id == changeId, ct))
            return RecordAccess.Forget(db, RecordResult.NoSuchRecord);
        var newest = await NewestChangeAsync(productId, ct);
        if (newest!.Id != changeId || newest.EffectiveOn <= calendar.Today)
            return RecordAccess.Forget(db, RecordResult.Refused("", "Only the newest price change can be withdrawn, and only before its date."));

        db.PriceChanges.Remove(newest);
        return await SaveTouchingAsync(product, expectedVersion, ct);
    }

    private const string NewPriceField = "NewPrice";
    private const string EffectiveOnField = "EffectiveOn";

    private Task<PriceChange?> NewestChangeAsync(int productId, CancellationToken ct) =>
        db.PriceChanges.Where(c => c.ProductId == productId)
            .OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);

    /// <summary>Saves with the product row always written, so PostgreSQL checks and moves its version even when no column changed.</summary>
    private Task<RecordResult> SaveTouchingAsync(Product product, uint? expectedVersion, CancellationToken ct)
    {
        db.Entry(product).Property(p => p.ListPrice).IsModified = true;
        return db.SaveVersionedAsync(product, p => p.Version, expectedVersion ?? product.Version, p => p.Id, ct);
    }
}
