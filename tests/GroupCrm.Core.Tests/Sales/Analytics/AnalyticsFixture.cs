using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Sales.Analytics;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Tests.Sales.Analytics;

/// <summary>
/// A small world whose figures are worked out by hand in the tests. Today is 15 June 2026, so the month shown
/// by default is May 2026 (previous: April 2026, last year: May 2025, trend: June 2024 – May 2026).
///
/// East district: chain A1 (am1, active) with stores S1, S2, S3 (active) and S4 (inactive); chain A2 (am2,
/// active) with S5; a draft chain of am1 with no stores. West district: chain W with S6.
/// Products: P1 Alpha at 100, P2 Alpha at 50, P3 Beta at 200; every amount is quantity × price.
///
///   month     S1          S2      S3     S4      S5      S6
///   2026-05   P1 100 P3 20 P2 40  –      P1 10   P3 50   P1 500
///   2026-04   P1 80  P3 20 P2 50  P1 10  –       –       –
///   2025-05   P1 120 P3 30 P2 50  –      –       –       –
///   2024-06   –           P2 3    –      –       –       –
///   2024-05   P1 7        –       –      –       –       –
///
/// A1's total plan for May 2026 is 136 (and a per-product plan of 999 for P1, which totals ignore).
/// </summary>
public sealed class AnalyticsFixture : IAsyncLifetime
{
    public static readonly DateOnly May2026 = new(2026, 5, 1);
    public static readonly DateOnly April2026 = new(2026, 4, 1);
    private static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);

    private readonly DatabaseFixture _database = new();

    public Viewer Am1 { get; private set; } = null!;
    public Viewer Am2 { get; private set; } = null!;
    public Viewer MmEast { get; private set; } = null!;
    public Viewer MmWest { get; private set; } = null!;
    public Viewer Approver { get; private set; } = null!;
    public Viewer Admin { get; private set; } = null!;
    public int East { get; private set; }
    public int West { get; private set; }
    public int A1 { get; private set; }
    public int A2 { get; private set; }
    public int Draft { get; private set; }
    public int WestChain { get; private set; }
    public Dictionary<string, int> Stores { get; } = [];

    public CrmDbContext Db() => _database.CreateContext();

    public OrganisationCalendar Calendar { get; } = new(new StillClock(Now), new ConfigurationBuilder().Build());

    public AccountAnalytics Accounts(CrmDbContext db) => new(db, Calendar);
    public DistrictAnalytics Districts(CrmDbContext db) => new(db, Calendar);
    public PortfolioAnalytics Portfolio(CrmDbContext db) => new(db, Calendar);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = Db();
        var east = new District { Code = "E", Name = "东区", NameEn = "East" };
        var west = new District { Code = "W", Name = "西区", NameEn = "West" };
        db.Districts.AddRange(east, west);
        await db.SaveChangesAsync();
        (East, West) = (east.Id, west.Id);

        Am1 = await PersonAsync(db, "am1", Roles.AccountManager, East);
        Am2 = await PersonAsync(db, "am2", Roles.AccountManager, East);
        var amWest = await PersonAsync(db, "amw", Roles.AccountManager, West);
        MmEast = await PersonAsync(db, "mme", Roles.MarketManager, East);
        MmWest = await PersonAsync(db, "mmw", Roles.MarketManager, West);
        Approver = await PersonAsync(db, "mc", Roles.MarketingCenter, null);
        Admin = await PersonAsync(db, "admin", Roles.Administrator, null);

        A1 = await AccountAsync(db, "A1 连锁", AccountState.Active, East, Am1);
        A2 = await AccountAsync(db, "A2 连锁", AccountState.Active, East, Am2);
        Draft = await AccountAsync(db, "草稿连锁", AccountState.Draft, East, Am1);
        WestChain = await AccountAsync(db, "W 连锁", AccountState.Active, West, amWest);

        var category = await db.CustomerCategories.Select(c => c.Id).FirstAsync();
        foreach (var (name, account, active) in new[] { ("S1", A1, true), ("S2", A1, true), ("S3", A1, true), ("S4", A1, false), ("S5", A2, true), ("S6", WestChain, true) })
        {
            var store = new Store { AccountId = account, Name = name, RetailLicenceNumber = "LIC-" + name, CategoryId = category, IsActive = active };
            db.Stores.Add(store);
            await db.SaveChangesAsync();
            Stores[name] = store.Id;
        }

        var products = new Dictionary<string, Product>
        {
            ["P1"] = Product("P1", "Alpha", 100), ["P2"] = Product("P2", "Alpha", 50), ["P3"] = Product("P3", "Beta", 200),
        };
        db.Products.AddRange(products.Values);
        await db.SaveChangesAsync();

        (string Month, string Store, string Product, int Quantity)[] sales =
        [
            ("2026-05", "S1", "P1", 100), ("2026-05", "S1", "P3", 20), ("2026-05", "S2", "P2", 40), ("2026-05", "S4", "P1", 10),
            ("2026-05", "S5", "P3", 50), ("2026-05", "S6", "P1", 500),
            ("2026-04", "S1", "P1", 80), ("2026-04", "S1", "P3", 20), ("2026-04", "S2", "P2", 50), ("2026-04", "S3", "P1", 10),
            ("2025-05", "S1", "P1", 120), ("2025-05", "S1", "P3", 30), ("2025-05", "S2", "P2", 50),
            ("2024-06", "S2", "P2", 3),
            ("2024-05", "S1", "P1", 7),
        ];
        db.MonthlySales.AddRange(sales.Select(s => new MonthlySale
        {
            Month = DateOnly.ParseExact(s.Month + "-01", "yyyy-MM-dd"), StoreId = Stores[s.Store], ProductId = products[s.Product].Id,
            Quantity = s.Quantity, Amount = s.Quantity * products[s.Product].ListPrice,
        }));
        db.SalesTargets.Add(new SalesTarget { AccountId = A1, Month = May2026, Quantity = 136, SetById = MmEast.UserId, SetAt = Now });
        db.SalesTargets.Add(new SalesTarget { AccountId = A1, Month = May2026, ProductId = products["P1"].Id, Quantity = 999, SetById = MmEast.UserId, SetAt = Now });
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    private static Product Product(string code, string brand, decimal price) => new()
    {
        Code = code, Brand = brand, Name = brand + code, NameEn = brand + " " + code, PriceBand = "C", Unit = "条", ListPrice = price,
    };

    private static async Task<Viewer> PersonAsync(CrmDbContext db, string name, string role, int? district)
    {
        var user = new CrmUser { UserName = name, DisplayName = name.ToUpperInvariant(), DistrictId = district, CreatedAt = Now };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new Viewer(user.Id, role, district);
    }

    private static async Task<int> AccountAsync(CrmDbContext db, string name, AccountState state, int district, Viewer manager)
    {
        var account = new GroupAccount
        {
            Name = name, NameEn = name, BusinessLicenceNumber = "BL-" + name, State = state, DistrictId = district,
            AccountManagerId = manager.UserId, CreatedAt = Now.AddYears(-3),
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }
}
