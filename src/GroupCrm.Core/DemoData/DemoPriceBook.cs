using GroupCrm.Core.Sales;

namespace GroupCrm.Core.DemoData;

/// <summary>A product's list price on a day, by the rule of Sales.Products.ProductPrices, worked out in memory for the visits.</summary>
internal sealed class DemoPriceBook(IReadOnlyDictionary<int, decimal> listPrices, IReadOnlyList<PriceChange> changes)
{
    private readonly ILookup<int, PriceChange> _changes = changes.ToLookup(c => c.ProductId);

    public decimal On(int productId, DateOnly day)
    {
        var history = _changes[productId].OrderBy(c => c.EffectiveOn).ThenBy(c => c.Id).ToList();
        if (history.LastOrDefault(c => c.EffectiveOn <= day) is { } inEffect) return inEffect.NewPrice;
        return history.FirstOrDefault(c => c.EffectiveOn > day)?.OldPrice ?? listPrices[productId];
    }
}
