using Npgsql;
using NpgsqlTypes;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// 24 months of sales for every store of the live (and once live) chains, streamed into the database
/// with binary COPY. A figure depends only on the store, the product and the month, through DemoHash.
/// </summary>
internal static class DemoSales
{
    private const string Copy = "COPY monthly_sales (month, store_id, product_id, quantity, amount) FROM STDIN (FORMAT BINARY)";

    // By calendar month: Spring Festival gifting in January and February, National Day in October, a summer dip.
    private static readonly double[] Season = [1.45, 1.30, 0.88, 0.95, 1.00, 0.92, 0.85, 0.87, 1.05, 1.18, 0.96, 1.12];

    private sealed record Line(ProductSeed Product, double BaseQuantity);

    private sealed record StorePlan(StoreSeed Store, Line[] Lines);

    public static async Task<long> CopyAsync(NpgsqlConnection connection, IReadOnlyList<StoreSeed> stores, IReadOnlyList<ProductSeed> products, DemoCalendar calendar, CancellationToken ct)
    {
        var plans = stores.Where(s => s.HasSales).OrderBy(s => s.Store.Id).Select(s => new StorePlan(s, DemoAssortment.For(s, products))).ToList();
        var rows = 0L;
        await using var writer = await connection.BeginBinaryImportAsync(Copy, ct);
        // The foreign-key checks of all rows run when the COPY completes: allow more than a command's usual 30 s on a slow machine.
        writer.Timeout = TimeSpan.FromMinutes(5);
        // Month, store, product: the primary key's order, which keeps its index compact.
        for (var m = 0; m < DemoCalendar.Months; m++)
        {
            var month = calendar.Month(m);
            var season = Season[month.Month - 1];
            foreach (var plan in plans.Where(p => m >= p.Store.FirstOffset && m <= p.Store.LastOffset))
                foreach (var line in plan.Lines)
                {
                    if (Quantity(plan.Store, line, m, season) is not { } quantity) continue;
                    var product = line.Product.Product;
                    writer.StartRow();
                    writer.Write(month, NpgsqlDbType.Date);
                    writer.Write(plan.Store.Store.Id, NpgsqlDbType.Integer);
                    writer.Write(product.Id, NpgsqlDbType.Integer);
                    writer.Write(quantity, NpgsqlDbType.Integer);
                    writer.Write(Math.Round(quantity * product.ListPrice * plan.Store.Discount, 2, MidpointRounding.AwayFromZero), NpgsqlDbType.Numeric);
                    rows++;
                }
        }
        await writer.CompleteAsync(ct);
        return rows;
    }

    private static int? Quantity(StoreSeed store, Line line, int m, double season)
    {
        var p = line.Product;
        if (m < p.FirstOffset || m > p.LastOffset) return null;
        // Not every product sells every month; scarce ones are often out of stock.
        if (DemoHash.Unit(3, store.Index, p.Index, m) >= (p.Product.IsScarce ? 0.75 : 0.93)) return null;
        // Linear, ending at 1 in the last month: growing brands started lower, declining ones higher.
        var trend = 1 + DemoProducts.Brands[p.BrandIndex].Trend * (m - (DemoCalendar.Months - 1)) / 12.0;
        // A new product takes three months to reach its level.
        var launch = p.FirstOffset > 0 && m - p.FirstOffset < 3 ? 0.4 + 0.2 * (m - p.FirstOffset) : 1.0;
        var noise = 0.8 + 0.4 * DemoHash.Unit(4, store.Index, p.Index, m);
        return Math.Max(1, (int)Math.Round(line.BaseQuantity * season * trend * launch * noise));
    }

    /// <summary>Which products a store carries, and how many cartons of each it sells in an ordinary month.</summary>
    private static class DemoAssortment
    {
        // Cartons a month of one product in a store of size 1, by price band A..E: cheaper sells more, the cheapest less again.
        private static readonly double[] BandVolume = [4, 8, 12, 14, 10];

        // How much a store of a category prefers each price band A..E, and how many products it carries.
        private static readonly Dictionary<string, (double[] Bands, int Min, int Max)> Preference = new()
        {
            ["HYPER"] = ([1.2, 1.3, 1.2, 0.9, 0.6], 18, 22),
            ["SUPER"] = ([0.8, 1.1, 1.3, 1.1, 0.8], 16, 20),
            ["CONV"] = ([0.4, 0.8, 1.2, 1.4, 1.3], 13, 17),
            ["TOBACCO"] = ([1.6, 1.4, 1.1, 0.8, 0.6], 17, 22),
            ["OTHER"] = ([0.3, 0.6, 1.0, 1.3, 1.5], 12, 15),
        };

        public static Line[] For(StoreSeed store, IReadOnlyList<ProductSeed> products)
        {
            var (bands, min, max) = Preference[store.Category];
            var count = min + (int)(DemoHash.Unit(1, store.Index) * (max - min + 1));
            // Each district favours the brands made nearby.
            return products
                .OrderByDescending(p => DemoHash.Unit(2, store.Index, p.Index) * bands[p.Band] * p.Popularity * (p.BrandIndex % 3 == store.Account.District.Index ? 1.6 : 1.0))
                .Take(count)
                .OrderBy(p => p.Product.Id)
                .Select(p => new Line(p, BandVolume[p.Band] * store.Size * p.Popularity * (p.Product.IsScarce ? 0.6 : 1.0) * (0.6 + 0.8 * DemoHash.Unit(5, store.Index, p.Index))))
                .ToArray();
        }
    }
}
