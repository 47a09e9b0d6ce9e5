using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Recording;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Visits;

/// <summary>
/// Two districts with their people (in their roles), a few products, and the Core services on a clock that
/// stands still, on an empty migrated database. Each test makes its own accounts, stores and appointments,
/// so what one test records is not seen by another.
/// </summary>
public sealed class VisitWorld : IAsyncDisposable
{
    /// <summary>12:00 in Shanghai on <see cref="Today"/>.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 6, 15);
    public static readonly TimeOnly Noon = new(12, 0);

    private readonly DatabaseFixture _fixture;
    private readonly ServiceProvider _services;

    private VisitWorld(DatabaseFixture fixture)
    {
        _fixture = fixture;
        _services = CoreServices.Build(fixture.ConnectionString, new StillClock(Now));
    }

    public Viewer Manager { get; private set; } = null!;
    public Viewer OtherManager { get; private set; } = null!;
    public Viewer MarketManager { get; private set; } = null!;
    public Viewer AwayManager { get; private set; } = null!;
    public Viewer AwayMarketManager { get; private set; } = null!;
    public Viewer Administrator { get; private set; } = null!;
    public Viewer Approver { get; private set; } = null!;
    public int[] Products { get; private set; } = [];

    public static async Task<VisitWorld> CreateAsync(DatabaseFixture fixture)
    {
        var world = new VisitWorld(fixture);
        await using var db = world.Db();
        var people = await TestPeople.AddAsync(db, Now);
        var tag = people.Tag;
        (world.Manager, world.OtherManager, world.MarketManager, world.AwayManager, world.AwayMarketManager, world.Administrator, world.Approver) =
            (people.Manager, people.OtherManager, people.MarketManager, people.AwayManager, people.AwayMarketManager, people.Administrator, people.Approver);
        var products = Enumerable.Range(1, 4).Select(i => new Product
        {
            Code = $"P{tag}{i}", Brand = "中华", Name = $"产品{i}", NameEn = $"Product {i}", PriceBand = "A", Unit = "条", ListPrice = 100m * i,
        }).ToList();
        db.Products.AddRange(products);
        await db.SaveChangesAsync();
        world.Products = [.. products.Select(p => p.Id)];
        return world;
    }

    public CrmDbContext Db() => _fixture.CreateContext();

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<RecordResult> RecordAsync(Viewer who, VisitInput input, byte[]? photo = null) =>
        RunAsync<VisitRecorder, RecordResult>(r => r.RecordAsync(who, input, photo is null ? null : new MemoryStream(photo)));

    /// <summary>An account of <see cref="Manager"/> (or the manager given), created 30 days before <see cref="Now"/>.</summary>
    public async Task<int> AccountAsync(AccountState state = AccountState.Active, Viewer? manager = null)
    {
        manager ??= Manager;
        await using var db = Db();
        var account = new GroupAccount
        {
            Name = "华联超市 " + Guid.NewGuid().ToString("N")[..4], NameEn = "Test chain", BusinessLicenceNumber = "T" + Guid.NewGuid().ToString("N")[..17],
            State = state, DistrictId = manager.DistrictId!.Value, AccountManagerId = manager.UserId, CreatedAt = Now.AddDays(-30),
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    public async Task<int> StoreAsync(int accountId, bool active = true)
    {
        await using var db = Db();
        var store = new Store
        {
            AccountId = accountId, Name = "人民路店", RetailLicenceNumber = "L" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            CategoryId = await db.CustomerCategories.Select(c => c.Id).FirstAsync(), IsActive = active,
        };
        db.Stores.Add(store);
        await db.SaveChangesAsync();
        return store.Id;
    }

    public async Task<int> AppointmentAsync(int accountId, DateTimeOffset? startsAt = null, AppointmentState state = AppointmentState.Booked)
    {
        await using var db = Db();
        var appointment = new HqAppointment
        {
            AccountId = accountId, StartsAt = startsAt ?? Now.AddHours(-2), Purpose = "月度沟通", BookedById = Manager.UserId,
            BookedAt = Now.AddDays(-3), ScheduledAt = Now.AddDays(-3), State = state,
        };
        db.HqAppointments.Add(appointment);
        await db.SaveChangesAsync();
        return appointment.Id;
    }

    public VisitInput StoreVisit(int accountId, int storeId, params ProductCheckInput[] products) => new()
    {
        Kind = VisitKind.Store, AccountId = accountId, StoreId = storeId, Date = Today, Time = Noon,
        Products = products.Length > 0 ? products : [Line(0)],
    };

    public VisitInput HqVisit(int accountId, int? appointmentId, params FollowUpInput[] followUps) => new()
    {
        Kind = VisitKind.Hq, AccountId = accountId, AppointmentId = appointmentId, Date = Today, Time = Noon,
        Topics = "新品上市", Requests = "希望增加配额", FollowUps = followUps,
    };

    /// <summary>A product line for the <paramref name="index"/>-th product of the world.</summary>
    public ProductCheckInput Line(int index, bool listed = true, int? sellThrough = 12, decimal? price = 45.50m, int? stock = 30) =>
        new(Products[index], listed, sellThrough, price, stock);

    /// <summary>Everything a visit writes, counted, to show that a refusal wrote nothing.</summary>
    public async Task<(int Visits, int Checks, int FollowUps, int Files)> CountsAsync()
    {
        await using var db = Db();
        return (await db.Visits.CountAsync(), await db.VisitProductChecks.CountAsync(), await db.FollowUps.CountAsync(), await db.StoredFiles.CountAsync());
    }

    public async Task<Visit> VisitAsync(int id)
    {
        await using var db = Db();
        return await db.Visits.AsNoTracking().Include(v => v.ProductChecks).Include(v => v.FollowUps).SingleAsync(v => v.Id == id);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
