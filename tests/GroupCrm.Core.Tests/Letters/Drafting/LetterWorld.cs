using GroupCrm.Core.Data;
using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Letters.Drafting;

/// <summary>
/// A small world whose letter facts for May 2026 are worked out by hand in the tests (amount = quantity × price).
/// East: chain A (English) with stores S1–S7 (S4 closed), chain B with T1, chain C with U1 (no sales in May), and a
/// draft chain D. West: chain W with V1. Products: P1 Alpha 100, P2 Beta 50, P3 Gamma 10, P4 Delta 10,
/// P5 Epsilon 10 (launched in May), P6 Zeta 10 (price raised from 9 on 10 May).
///
///   store      2026-05            2026-04            2025-05
///   S1         P1 100, P2 20      P1 80, P2 20       P1 120
///   S2         P1 40              P1 50              –
///   S3 (new)   P2 10              –                  –
///   S4 closed  –                  P1 30              –
///   S5         P1 8               P1 10              –
///   S6         P1 75              P1 100             –
///   S7         P1 2               P1 20              –
///   T1 (B)     P3 67, P5 30, P6 11 –                 P3 60, P6 10
///   U1 (C)     –                  P1 5               –
///   V1 (W)     P4 500             –                  P4 100
///
/// A's plan for May is 250 (and 999 for P1 alone, which is not a total). A forecast P1 200 and P3 5 for May.
/// Store visits of A in May find products with no stock (see <see cref="Sightings"/>); East has a bulletin for May.
/// </summary>
public sealed class LetterWorld : IAsyncLifetime
{
    public static readonly DateOnly May = new(2026, 5, 1);
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 2, 0, 0, TimeSpan.Zero);

    private readonly DatabaseFixture _database = new();

    public string ConnectionString => _database.ConnectionString;
    public int A { get; private set; }
    public int B { get; private set; }
    public int C { get; private set; }
    public int D { get; private set; }
    public int W { get; private set; }
    public Dictionary<string, int> Stores { get; } = [];
    public Dictionary<string, Product> Products { get; } = [];

    /// <summary>(day of May, store, product) of every zero stock seen; S1/P1 is seen twice, on the 3rd and the 20th.</summary>
    public static readonly (int Day, string Store, string Product)[] Sightings =
    [
        (2, "S2", "P1"), (3, "S1", "P1"), (4, "S3", "P2"), (5, "S5", "P1"), (6, "S6", "P1"), (7, "S7", "P1"),
        (8, "S2", "P2"), (9, "S3", "P1"), (10, "S5", "P2"), (11, "S6", "P2"), (12, "S7", "P2"), (20, "S1", "P1"),
    ];

    public CrmDbContext Db() => _database.CreateContext();

    public LetterFacts Facts(CrmDbContext db) => new(db, new ProductNews(db));

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = Db();
        var east = new District { Code = "E", Name = "东区", NameEn = "East" };
        var west = new District { Code = "W", Name = "西区", NameEn = "West" };
        db.Districts.AddRange(east, west);
        await db.SaveChangesAsync();
        var am = await PersonAsync(db, "am", east.Id, "am@chain.example");
        var mm = await PersonAsync(db, "mm", east.Id, null);
        var amWest = await PersonAsync(db, "amw", west.Id, null);

        A = await AccountAsync(db, "A 连锁", AccountState.Active, east.Id, am, "en");
        B = await AccountAsync(db, "B 连锁", AccountState.Active, east.Id, am, "zh-Hans");
        C = await AccountAsync(db, "C 连锁", AccountState.Active, east.Id, am, "zh-Hans");
        D = await AccountAsync(db, "D 草稿", AccountState.Draft, east.Id, am, "zh-Hans");
        W = await AccountAsync(db, "W 连锁", AccountState.Active, west.Id, amWest, "zh-Hans");
        var category = await db.CustomerCategories.Select(c => c.Id).FirstAsync();
        foreach (var (name, account, active) in new[]
        {
            ("S1", A, true), ("S2", A, true), ("S3", A, true), ("S4", A, false), ("S5", A, true), ("S6", A, true), ("S7", A, true),
            ("T1", B, true), ("U1", C, true), ("V1", W, true),
        })
        {
            var store = new Store { AccountId = account, Name = name, RetailLicenceNumber = "LIC-" + name, CategoryId = category, IsActive = active };
            db.Stores.Add(store);
            await db.SaveChangesAsync();
            Stores[name] = store.Id;
        }

        foreach (var (code, brand, price) in new[] { ("P1", "Alpha", 100m), ("P2", "Beta", 50m), ("P3", "Gamma", 10m), ("P4", "Delta", 10m), ("P5", "Epsilon", 10m), ("P6", "Zeta", 10m) })
            Products[code] = new Product { Code = code, Brand = brand, Name = brand + "烟", NameEn = brand + " King", PriceBand = "C", Unit = "条", ListPrice = price };
        Products["P5"].LaunchedOn = May;
        db.Products.AddRange(Products.Values);
        await db.SaveChangesAsync();
        db.PriceChanges.Add(new PriceChange { ProductId = Products["P6"].Id, EffectiveOn = new DateOnly(2026, 5, 10), OldPrice = 9, NewPrice = 10, ChangedById = mm, ChangedAt = Now });

        (string Month, string Store, string Product, int Quantity)[] sales =
        [
            ("2026-05", "S1", "P1", 100), ("2026-05", "S1", "P2", 20), ("2026-05", "S2", "P1", 40), ("2026-05", "S3", "P2", 10),
            ("2026-05", "S5", "P1", 8), ("2026-05", "S6", "P1", 75), ("2026-05", "S7", "P1", 2),
            ("2026-05", "T1", "P3", 67), ("2026-05", "T1", "P5", 30), ("2026-05", "T1", "P6", 11), ("2026-05", "V1", "P4", 500),
            ("2026-04", "S1", "P1", 80), ("2026-04", "S1", "P2", 20), ("2026-04", "S2", "P1", 50), ("2026-04", "S4", "P1", 30),
            ("2026-04", "S5", "P1", 10), ("2026-04", "S6", "P1", 100), ("2026-04", "S7", "P1", 20), ("2026-04", "U1", "P1", 5),
            ("2025-05", "S1", "P1", 120), ("2025-05", "T1", "P3", 60), ("2025-05", "T1", "P6", 10), ("2025-05", "V1", "P4", 100),
        ];
        db.MonthlySales.AddRange(sales.Select(s => new MonthlySale
        {
            Month = DateOnly.ParseExact(s.Month + "-01", "yyyy-MM-dd"), StoreId = Stores[s.Store], ProductId = Products[s.Product].Id,
            Quantity = s.Quantity, Amount = s.Quantity * Products[s.Product].ListPrice,
        }));
        db.SalesTargets.Add(new SalesTarget { AccountId = A, Month = May, Quantity = 250, SetById = mm, SetAt = Now });
        db.SalesTargets.Add(new SalesTarget { AccountId = A, Month = May, ProductId = Products["P1"].Id, Quantity = 999, SetById = mm, SetAt = Now });
        db.SalesTargets.Add(new SalesTarget { AccountId = C, Month = May, Quantity = 80, SetById = mm, SetAt = Now });
        foreach (var (product, quantity) in new[] { ("P1", 200), ("P3", 5) })
            db.DemandForecasts.Add(new DemandForecast { AccountId = A, ProductId = Products[product].Id, Month = May, Quantity = quantity, EnteredById = am, EnteredAt = Now.AddMonths(-2) });
        db.MarketBulletins.Add(new MarketBulletin
        {
            DistrictId = east.Id, Month = May, MarketSituation = "**Steady** demand", BrandTrends = "Gamma up", ProductNews = "Epsilon launched",
            AuthorId = mm, CreatedAt = Now, UpdatedAt = Now,
        });
        await db.SaveChangesAsync();
        await VisitsAsync(db, am);
    }

    private async Task VisitsAsync(CrmDbContext db, int visitor)
    {
        var visits = Sightings.Select(s => Visit(visitor, s.Store, May.AddDays(s.Day - 1), (s.Product, 0))).ToList();
        // Stock seen on the 3rd; no stock count on the 20th; zero stock in April and June is not May's.
        visits[1].ProductChecks.Add(new VisitProductCheck { ProductId = Products["P2"].Id, Listed = true, StockOnHand = 5 });
        visits[^1].ProductChecks.Add(new VisitProductCheck { ProductId = Products["P2"].Id, Listed = true, StockOnHand = null });
        visits.Add(Visit(visitor, "S1", new DateOnly(2026, 4, 28), ("P2", 0)));
        visits.Add(Visit(visitor, "S2", new DateOnly(2026, 6, 1), ("P3", 0)));
        db.Visits.AddRange(visits);
        await db.SaveChangesAsync();
    }

    private Visit Visit(int visitor, string store, DateOnly day, (string Product, int Stock) check)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
        return new Visit
        {
            Kind = VisitKind.Store, AccountId = A, StoreId = Stores[store], VisitorId = visitor, VisitedAt = at, VisitedOn = day, RecordedAt = at,
            ProductChecks = [new VisitProductCheck { ProductId = Products[check.Product].Id, Listed = false, StockOnHand = check.Stock }],
        };
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private static async Task<int> PersonAsync(CrmDbContext db, string name, int district, string? email)
    {
        var user = new CrmUser { UserName = name, DisplayName = name.ToUpperInvariant(), Email = email, DistrictId = district, CreatedAt = Now };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private static async Task<int> AccountAsync(CrmDbContext db, string name, AccountState state, int district, int manager, string language)
    {
        var account = new GroupAccount
        {
            Name = name, NameEn = name.Replace("连锁", "Chain"), BusinessLicenceNumber = "BL-" + name, State = state, DistrictId = district,
            AccountManagerId = manager, NoticeLanguage = language, CreatedAt = Now.AddYears(-3),
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }
}
