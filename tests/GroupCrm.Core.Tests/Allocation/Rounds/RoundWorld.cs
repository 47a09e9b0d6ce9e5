using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>
/// Two fresh districts with their people, a scarce product (and a common and a withdrawn one), and the Core services
/// on a clock that stands still in June 2026. Each test builds its own world, so its districts hold only the
/// accounts, stores and sales the test makes.
/// </summary>
public sealed class RoundWorld : IAsyncDisposable
{
    /// <summary>12:00 in Shanghai on 15 June 2026.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly June = new(2026, 6, 1);

    private readonly DatabaseFixture _fixture;
    private readonly ServiceProvider _services;

    private RoundWorld(DatabaseFixture fixture, TestPeople people)
    {
        _fixture = fixture;
        People = people;
        _services = CoreServices.Build(fixture.ConnectionString, new StillClock(Now));
    }

    public TestPeople People { get; }
    public int DistrictId => People.Home.Id;
    public int Scarce { get; private set; }
    public int Common { get; private set; }
    public int Withdrawn { get; private set; }

    public static async Task<RoundWorld> CreateAsync(DatabaseFixture fixture)
    {
        await using var db = fixture.CreateContext();
        var world = new RoundWorld(fixture, await TestPeople.AddAsync(db, Now.AddYears(-1)));
        Product Product(string code, bool scarce, bool active) => new()
        {
            Code = code + world.People.Tag, Brand = "中华", Name = "中华(软)" + code, NameEn = "Zhonghua soft " + code, PriceBand = "A",
            Unit = "条", ListPrice = 450m, IsScarce = scarce, IsActive = active,
        };
        var products = new[] { Product("S", true, true), Product("C", false, true), Product("W", true, false) };
        db.Products.AddRange(products);
        await db.SaveChangesAsync();
        (world.Scarce, world.Common, world.Withdrawn) = (products[0].Id, products[1].Id, products[2].Id);
        return world;
    }

    public CrmDbContext Db() => _fixture.CreateContext();

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<RecordResult> Rounds(Func<AllocationRounds, Task<RecordResult>> action) => RunAsync(action);

    public Task<RoundView?> FindAsync(Viewer viewer, int roundId) => RunAsync<RoundQueries, RoundView?>(q => q.FindAsync(viewer, roundId));

    public async Task<RoundView> ViewAsync(int roundId) => (await FindAsync(People.Administrator, roundId)).ShouldNotBeNull();

    /// <summary>June's round of the scarce product in the home district: 1,000 units in packs of 10, by the last three months' sales.</summary>
    public RoundInput Input(RoundBasis basis = RoundBasis.RecentSales, long available = 1000, int packSize = 10, long reserve = 0,
        int? minimum = null, int? maximum = null) =>
        new(DistrictId, Scarce, June, available, packSize, reserve, basis, 3, minimum, maximum);

    public async Task<int> CreateAsync(RoundInput? input = null, Viewer? by = null)
    {
        var result = await Rounds(r => r.CreateAsync(by ?? People.MarketManager, input ?? Input()));
        result.Errors.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        return result.Id;
    }

    public async Task<uint> VersionAsync(int roundId)
    {
        await using var db = Db();
        return await db.AllocationRounds.Where(r => r.Id == roundId).Select(r => r.Version).SingleAsync();
    }

    public async Task<RecordResult> SubmitAsync(int roundId, Viewer? by = null) =>
        await Rounds(async r => await r.SubmitAsync(by ?? People.MarketManager, roundId, await VersionAsync(roundId)));

    public async Task<RecordResult> ApproveAsync(int roundId, Viewer? by = null) =>
        await Rounds(async r => await r.ApproveAsync(by ?? People.Approver, roundId, await VersionAsync(roundId)));

    public async Task<RecordResult> OverrideAsync(int roundId, int accountId, long packs, string? reason = "门店翻新后需求上升", Viewer? by = null) =>
        await Rounds(async r => await r.OverrideAsync(by ?? People.MarketManager, roundId, accountId, packs, reason, await VersionAsync(roundId)));

    /// <summary>Creates, submits and approves a round; returns its id.</summary>
    public async Task<int> ApprovedAsync(RoundInput? input = null)
    {
        var id = await CreateAsync(input);
        (await SubmitAsync(id)).Succeeded.ShouldBeTrue();
        (await ApproveAsync(id)).Succeeded.ShouldBeTrue();
        return id;
    }

    /// <summary>An account in the home district (or the manager's district), of <see cref="TestPeople.Manager"/> unless told.</summary>
    public async Task<int> AccountAsync(string name, AccountState state = AccountState.Active, Viewer? manager = null,
        decimal? plannedVolume = null, string language = "zh-Hans")
    {
        manager ??= People.Manager;
        await using var db = Db();
        var account = new GroupAccount
        {
            Name = name, NameEn = name, BusinessLicenceNumber = "T" + Guid.NewGuid().ToString("N")[..17], State = state,
            DistrictId = manager.DistrictId!.Value, AccountManagerId = manager.UserId, PlannedMonthlyVolume = plannedVolume,
            NoticeLanguage = language, CreatedAt = Now.AddYears(-1),
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    public async Task<int> StoreAsync(int accountId, string name = "人民路店", bool active = true)
    {
        await using var db = Db();
        var store = new Store
        {
            AccountId = accountId, Name = name, RetailLicenceNumber = "L" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            CategoryId = await db.CustomerCategories.Select(c => c.Id).FirstAsync(), IsActive = active,
        };
        db.Stores.Add(store);
        await db.SaveChangesAsync();
        return store.Id;
    }

    /// <summary>A store's sales of a product (the scarce one unless told) in a month.</summary>
    public async Task SaleAsync(int storeId, DateOnly month, int quantity, int? productId = null)
    {
        await using var db = Db();
        db.MonthlySales.Add(new MonthlySale { StoreId = storeId, ProductId = productId ?? Scarce, Month = month, Quantity = quantity, Amount = quantity * 450m });
        await db.SaveChangesAsync();
    }

    /// <summary>An account with one store that sold <paramref name="sales"/> of the scarce product in May.</summary>
    public async Task<int> SellingAccountAsync(string name, int sales, Viewer? manager = null)
    {
        var account = await AccountAsync(name, manager: manager);
        await SaleAsync(await StoreAsync(account, name + " 一店"), June.AddMonths(-1), sales);
        return account;
    }

    public async Task SetStateAsync(int accountId, AccountState state)
    {
        await using var db = Db();
        await db.Accounts.Where(a => a.Id == accountId).ExecuteUpdateAsync(s => s.SetProperty(a => a.State, state));
    }

    /// <summary>Everything a round write touches in this world's districts, counted, to show that a refusal wrote nothing.</summary>
    public async Task<(int Rounds, int Lines, int StoreLines, int Events, int Notices)> CountsAsync()
    {
        await using var db = Db();
        var districts = new[] { People.Home.Id, People.Away.Id };
        var rounds = db.AllocationRounds.Where(r => districts.Contains(r.DistrictId));
        var lines = db.RoundLines.Where(l => rounds.Any(r => r.Id == l.RoundId));
        return (await rounds.CountAsync(), await lines.CountAsync(), await db.RoundStoreLines.CountAsync(s => lines.Any(l => l.Id == s.RoundLineId)),
            await db.RoundEvents.CountAsync(e => rounds.Any(r => r.Id == e.RoundId)),
            await db.AllocationNotices.CountAsync(n => rounds.Any(r => r.Id == n.RoundId)));
    }

    /// <summary>The round's lines as stored, by account.</summary>
    public async Task<Dictionary<int, RoundLine>> LinesAsync(int roundId)
    {
        await using var db = Db();
        return await db.RoundLines.AsNoTracking().Include(l => l.Stores).Where(l => l.RoundId == roundId).ToDictionaryAsync(l => l.AccountId);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
