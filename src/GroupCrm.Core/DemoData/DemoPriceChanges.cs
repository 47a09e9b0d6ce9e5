using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// The product news of the demo: the launch month of the products launched inside the sales window, and
/// price changes of ten older products within it (three of them re-priced twice), made by the market
/// managers and the administrator. Each product's changes end at its list price, so the list price stays
/// the price in effect and the sales figures (computed from it) do not move.
/// </summary>
internal static class DemoPriceChanges
{
    public const int RepricedProducts = 10;

    public static async Task AddAsync(CrmDbContext db, IReadOnlyList<ProductSeed> products, DemoCalendar calendar, CancellationToken ct)
    {
        foreach (var seed in products.Where(s => s.FirstOffset > 0))
            await db.Products.Where(p => p.Id == seed.Product.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(p => p.LaunchedOn, calendar.Month(seed.FirstOffset)), ct);

        string[] changers = [.. DemoLogins.InRole(Roles.MarketManager).Select(l => l.UserName), DemoLogins.InRole(Roles.Administrator).First().UserName];
        var changerIds = await db.Users.Where(u => changers.Contains(u.UserName!)).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync(ct);
        // As in DemoSeeder: ids start after the last row, whatever a failed earlier seed drew.
        await db.Database.ExecuteSqlRawAsync(
            "SELECT setval(pg_get_serial_sequence('price_changes', 'id'), coalesce(max(id), 0) + 1, false) FROM price_changes", ct);

        var rng = new Random(2026_06_01);
        var candidates = products.Where(s => s.FirstOffset == 0 && s.Product.IsActive).ToArray();
        rng.Shuffle(candidates);
        var changes = candidates.Take(RepricedProducts)
            .SelectMany((seed, n) => ChangesOf(seed, n < 3 ? 2 : 1, rng, calendar, changerIds[n % changerIds.Count]))
            .OrderBy(c => c.ChangedAt).ThenBy(c => c.ProductId);
        db.PriceChanges.AddRange(changes);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary><paramref name="count"/> changes in distinct months of the window, walked back from today's list price.</summary>
    private static List<PriceChange> ChangesOf(ProductSeed seed, int count, Random rng, DemoCalendar calendar, int changerId)
    {
        var offsets = Enumerable.Range(1, DemoCalendar.Months - 1).OrderBy(_ => rng.Next()).Take(count).Order().ToArray();
        var changes = new List<PriceChange>(count);
        var price = seed.Product.ListPrice;
        for (var k = count - 1; k >= 0; k--)
        {
            var step = 5m * rng.Next(1, 7);
            // Mostly rises: the old price was lower, unless that would leave too little.
            var old = rng.NextDouble() < 0.75 && price - step >= 20 ? price - step : price + step;
            var on = calendar.Month(offsets[k]).AddDays(rng.Next(2) * 15);
            changes.Add(new PriceChange
            {
                ProductId = seed.Product.Id, EffectiveOn = on, OldPrice = old, NewPrice = price, ChangedById = changerId,
                ChangedAt = DemoCalendar.At(on.AddDays(-14), 9 * 60 + rng.Next(8 * 60)),
            });
            price = old;
        }
        return changes;
    }
}
