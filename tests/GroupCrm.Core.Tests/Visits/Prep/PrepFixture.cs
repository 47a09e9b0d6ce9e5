using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits.Prep;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Tests.Visits.Prep;

/// <summary>
/// A small world for prep sheets on an empty database, on a clock standing at noon on 15 June 2026 in Shanghai:
/// chain A (am1's, East) with three stores (one closed), chain B (am2's, East) and chain W (West), twelve products
/// sold by A's stores in February to June, visits of both kinds with notes and product checks, follow-ups and
/// appointments. Built once; the tests only read.
/// </summary>
public sealed class PrepFixture : DatabaseFixture, IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 6, 15);

    public PrepPeople People { get; } = new();
    public PrepChains Chains { get; } = new();
    public int[] Products { get; private set; } = [];
    public int NewProduct { get; private set; }

    public PrepSheets Sheets(CrmDbContext db)
    {
        var calendar = new OrganisationCalendar(new StillClock(Now), new ConfigurationBuilder().Build());
        return new PrepSheets(db, calendar, new ProductNews(db));
    }

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        await using var db = CreateContext();
        await People.AddAsync(db);
        Products = await AddProductsAsync(db);
        await Chains.AddAsync(db, People);
        await PrepHistory.AddAsync(db, People, Chains, Products);
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private async Task<int[]> AddProductsAsync(CrmDbContext db)
    {
        // P01 is scarce; P02 is re-priced from 100 to 110 on 10 June; P13 is launched in June.
        var products = Enumerable.Range(1, 13).Select(i => new Product
        {
            Code = $"P{i:00}", Brand = "测试 Test", Name = $"测试{i}", NameEn = $"Test {i}", PriceBand = "B", Unit = "条",
            ListPrice = i == 2 ? 110m : 50m + i, IsScarce = i == 1, LaunchedOn = i == 13 ? new DateOnly(2026, 6, 1) : null,
        }).ToList();
        db.Products.AddRange(products);
        await db.SaveChangesAsync();
        db.PriceChanges.Add(new PriceChange
        {
            ProductId = products[1].Id, EffectiveOn = new DateOnly(2026, 6, 10), OldPrice = 100m, NewPrice = 110m,
            ChangedById = People.Admin.UserId, ChangedAt = Now.AddDays(-20),
        });
        await db.SaveChangesAsync();
        NewProduct = products[12].Id;
        return [.. products.Take(12).Select(p => p.Id)];
    }

    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8)).ToUniversalTime();
}
