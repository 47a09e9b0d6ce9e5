using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Onboarding.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Sales.Targets;

/// <summary>
/// A small sales world on an empty database, on the fixed clock (16 March 2026 in Shanghai, so March is the
/// current month): two districts of their own with a market manager and two account managers in the first,
/// a market manager in the second, and builders for accounts (one store each), products and monthly sales.
/// Every world makes its own people and codes, so tests of one class never see each other's data.
/// </summary>
public sealed class SalesWorld(DatabaseFixture fixture) : IAsyncDisposable
{
    public static readonly DateOnly CurrentMonth = new(2026, 3, 1);

    private readonly ServiceProvider _services = Build(fixture.ConnectionString);
    private readonly string _tag = Guid.NewGuid().ToString("N")[..6];
    private int _counter;

    public Viewer Admin { get; private set; } = null!;
    public Viewer MarketingCentre { get; private set; } = null!;
    public Viewer MarketManager { get; private set; } = null!;
    public Viewer OtherMarketManager { get; private set; } = null!;
    public Viewer Manager { get; private set; } = null!;
    public Viewer OtherManager { get; private set; } = null!;

    public CrmDbContext Db() => fixture.CreateContext();

    public async Task<SalesWorld> StartAsync()
    {
        await using var db = Db();
        var home = new District { Code = "A" + _tag, Name = "测试区 " + _tag, NameEn = "Test " + _tag };
        var away = new District { Code = "B" + _tag, Name = "外区 " + _tag, NameEn = "Away " + _tag };
        db.Districts.AddRange(home, away);
        await db.SaveChangesAsync();
        Admin = await UserAsync(db, "admin", Roles.Administrator, null);
        MarketingCentre = await UserAsync(db, "mc", Roles.MarketingCenter, null);
        MarketManager = await UserAsync(db, "mm", Roles.MarketManager, home.Id);
        OtherMarketManager = await UserAsync(db, "mm.away", Roles.MarketManager, away.Id);
        Manager = await UserAsync(db, "am1", Roles.AccountManager, home.Id);
        OtherManager = await UserAsync(db, "am2", Roles.AccountManager, home.Id);
        return this;
    }

    /// <summary>An account of <paramref name="owner"/> in their district, with one store.</summary>
    public async Task<(int Id, string Licence)> AccountAsync(Viewer owner, AccountState state = AccountState.Active, string? name = null)
    {
        await using var db = Db();
        var licence = $"91T{_tag.ToUpperInvariant()}{Next():00000000}X";
        var account = new GroupAccount
        {
            Name = name ?? $"测试连锁 {_tag}-{Next()}", NameEn = "Test chain", BusinessLicenceNumber = licence, State = state,
            DistrictId = owner.DistrictId!.Value, AccountManagerId = owner.UserId, CreatedAt = FixedClock.Instant.AddYears(-1),
        };
        account.Stores.Add(new Store
        {
            Name = "测试店", RetailLicenceNumber = $"9{_tag}{Next():00000}".ToUpperInvariant(), CategoryId = await db.CustomerCategories.Select(c => c.Id).MinAsync(),
        });
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return (account.Id, licence);
    }

    public async Task<(int Id, string Code)> ProductAsync(bool active = true)
    {
        await using var db = Db();
        var product = new Product
        {
            Code = $"T{_tag}{Next():000}".ToUpperInvariant(), Brand = "测试 Test", Name = "测试烟", NameEn = "Test product", PriceBand = "C", Unit = "条",
            ListPrice = 100, IsActive = active,
        };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return (product.Id, product.Code);
    }

    /// <summary>Sales of a product by the account's store in a month.</summary>
    public async Task SaleAsync(int accountId, int productId, DateOnly month, int quantity)
    {
        await using var db = Db();
        var store = await db.Stores.Where(s => s.AccountId == accountId).Select(s => s.Id).FirstAsync();
        db.MonthlySales.Add(new MonthlySale { Month = month, StoreId = store, ProductId = productId, Quantity = quantity, Amount = quantity * 100m });
        await db.SaveChangesAsync();
    }

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private int Next() => Interlocked.Increment(ref _counter);

    private async Task<Viewer> UserAsync(CrmDbContext db, string name, string role, int? district)
    {
        var user = new CrmUser { UserName = $"{name}.{_tag}", DisplayName = $"{name} {_tag}", DistrictId = district, CreatedAt = FixedClock.Instant };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return new Viewer(user.Id, role, district);
    }

    private static ServiceProvider Build(string connectionString)
    {
        return CoreServices.Build(connectionString, new FixedClock());
    }
}
