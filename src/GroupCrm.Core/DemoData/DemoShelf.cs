using GroupCrm.Core.Visits;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// What a visitor finds on a store's shelf: 3–6 products of its check list, a scarce one always among them.
/// Scarce products are often sold out and not on the shelf; the shelf price sits at the list price of the day
/// or a little above (now and then a little below); sell-through follows the store's sales since the last visit.
/// </summary>
internal static class DemoShelf
{
    public static List<VisitProductCheck> Check(VisitStore store, DemoSlot slot, int daysSinceLast, DemoPriceBook prices)
    {
        var key = slot.Day.DayNumber;
        var list = store.CheckList;
        var count = Math.Min(list.Count, 3 + (int)(4 * DemoHash.Unit(130, store.Id, key, slot.UserId)));
        var picked = list.Skip(1).OrderBy(p => DemoHash.Unit(131, store.Id, p.ProductId, key)).Take(count - 1).Prepend(list[0]);
        return [.. picked.OrderBy(p => p.ProductId).Select(p => Product(p, store.Id, slot, daysSinceLast, prices))];
    }

    private static VisitProductCheck Product(ShelfProduct product, int storeId, DemoSlot slot, int daysSinceLast, DemoPriceBook prices)
    {
        double U(int salt) => DemoHash.Unit(salt, storeId, product.ProductId, slot.Day.DayNumber * 16 + slot.UserId % 16);
        var carried = product.MonthlyRate > 0;
        var listed = carried ? U(132) < (product.IsScarce ? 0.72 : 0.96) : U(132) < 0.08;
        var rate = carried ? product.MonthlyRate : 1.0;
        if (!listed)
            return new VisitProductCheck { ProductId = product.ProductId, Listed = false, SellThrough = 0, StockOnHand = U(133) < 0.03 ? null : 0 };
        var markup = U(134) switch
        {
            < 0.55 => 1.00m,
            < 0.88 => 1.02m + 0.03m * (decimal)U(135),
            _ => 0.97m + 0.02m * (decimal)U(135),
        };
        var listPrice = prices.On(product.ProductId, slot.Day);
        return new VisitProductCheck
        {
            ProductId = product.ProductId,
            Listed = true,
            SellThrough = (int)Math.Round(rate * daysSinceLast / 30.4 * (0.7 + 0.6 * U(136))),
            ShelfPrice = U(137) < 0.03 ? null : Math.Round(listPrice * markup, 0, MidpointRounding.AwayFromZero),
            StockOnHand = U(138) < 0.02 ? null : (int)Math.Round(rate * (product.IsScarce ? 0.3 : 0.8) * (0.15 + 0.85 * U(139))),
        };
    }
}
