using GroupCrm.Core.Data;
using GroupCrm.Core.Sales;

namespace GroupCrm.Core.DemoData;

/// <summary>A brand and how its sales move: Trend is the yearly growth (negative for a declining brand).</summary>
internal sealed record DemoBrand(string Zh, string En, int BaseBand, double Trend);

/// <summary>A product with what the sales generator needs: popularity and the months it was on sale.</summary>
internal sealed record ProductSeed(Product Product, int Index, int BrandIndex, int Band, double Popularity, int FirstOffset, int LastOffset);

/// <summary>120 products: 10 brands with 12 variants each, price bands A (premium, 一类) to E (五类).</summary>
internal static class DemoProducts
{
    public const int Count = 120;
    public static readonly string[] Bands = ["A", "B", "C", "D", "E"];

    public static readonly DemoBrand[] Brands =
    [
        new("青峰", "Qingfeng", 1, 0.12), new("锦江", "Jinjiang", 0, 0.08), new("金陵春", "Jinlingchun", 0, 0.15),
        new("东海", "Donghai", 2, -0.20), new("翠湖", "Cuihu", 1, 0.05), new("天山", "Tianshan", 3, -0.30),
        new("瑞鹤", "Ruihe", 2, 0.20), new("红枫", "Hongfeng", 3, -0.08), new("白鹭", "Bailu", 2, 0.0), new("星河", "Xinghe", 4, -0.35),
    ];

    // Variant name and how far it sits above (negative) or below the brand's usual price band.
    private static readonly (string Zh, string En, int Shift)[] Variants =
    [
        ("软", "Soft", 0), ("硬", "Hard", 0), ("细支", "Slim", -1), ("中支", "Medium", 0), ("精品", "Premium", -1), ("典藏", "Collector's Edition", -2),
        ("金", "Gold", -1), ("蓝", "Blue", 1), ("新版", "New Edition", 0), ("爆珠", "Capsule", 0), ("硬红", "Hard Red", 1), ("软蓝", "Soft Blue", 1),
    ];

    // Carton (条) list price range per band, in yuan.
    private static readonly (int Min, int Max)[] PriceRanges = [(500, 1000), (260, 480), (140, 250), (80, 130), (40, 75)];

    public static async Task<IReadOnlyList<ProductSeed>> AddAsync(CrmDbContext db, CancellationToken ct)
    {
        var rng = new Random(20_26_02);
        var seeds = new List<ProductSeed>(Count);
        for (var b = 0; b < Brands.Length; b++)
        {
            var brand = Brands[b];
            foreach (var variant in Variants)
            {
                var band = Math.Clamp(brand.BaseBand + variant.Shift, 0, Bands.Length - 1);
                var (min, max) = PriceRanges[band];
                var product = new Product
                {
                    Code = $"P{seeds.Count + 1:0000}",
                    Brand = $"{brand.Zh} {brand.En}",
                    Name = $"{brand.Zh}({variant.Zh})",
                    NameEn = $"{brand.En} ({variant.En})",
                    PriceBand = Bands[band],
                    Unit = "条",
                    ListPrice = min + rng.Next((max - min) / 5 + 1) * 5,
                };
                seeds.Add(new ProductSeed(product, seeds.Count, b, band, 0.5 + rng.NextDouble(), 0, DemoCalendar.Months - 1));
            }
        }
        MarkScarceDiscontinuedAndNew(rng, seeds);

        db.Products.AddRange(seeds.Select(s => s.Product));
        await db.SaveChangesAsync(ct);
        return seeds;
    }

    // Scarce: a dozen premium products. Discontinued: a few cheap ones whose sales stop. New: a few launched inside the window.
    private static void MarkScarceDiscontinuedAndNew(Random rng, List<ProductSeed> seeds)
    {
        var premium = seeds.Where(s => s.Band <= 1).ToArray();
        rng.Shuffle(premium);
        foreach (var seed in premium.Take(12)) seed.Product.IsScarce = true;

        var cheap = seeds.Where(s => s.Band >= 3).ToArray();
        rng.Shuffle(cheap);
        foreach (var seed in cheap.Take(5))
        {
            seed.Product.IsActive = false;
            seeds[seed.Index] = seed with { LastOffset = rng.Next(12, 21) };
        }

        var others = seeds.Where(s => s.Product is { IsScarce: false, IsActive: true }).ToArray();
        rng.Shuffle(others);
        foreach (var seed in others.Take(6)) seeds[seed.Index] = seed with { FirstOffset = rng.Next(15, 23) };
    }
}
