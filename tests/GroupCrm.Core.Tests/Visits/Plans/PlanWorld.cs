using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Visits.Plans;

/// <summary>
/// Two districts with their people (in their roles) and the Core services on a clock that stands still, on an
/// empty migrated database. By default today is Wednesday 18 March 2026 in Shanghai: the period of 9–22 March
/// is under way and the next one starts on Monday 23 March. Each test makes its own accounts, stores and visits.
/// </summary>
public sealed class PlanWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Wednesday = new(2026, 3, 18, 1, 30, 0, TimeSpan.Zero); // 09:30 in Shanghai
    public static readonly DateOnly Today = new(2026, 3, 18);
    public static readonly DateOnly Current = new(2026, 3, 9), Next = new(2026, 3, 23), AfterNext = new(2026, 4, 6), Previous = new(2026, 2, 23);

    private readonly DatabaseFixture _fixture;
    private readonly ServiceProvider _services;

    private PlanWorld(DatabaseFixture fixture, DateTimeOffset now)
    {
        _fixture = fixture;
        _services = CoreServices.Build(fixture.ConnectionString, new StillClock(now));
    }

    public Viewer Manager { get; private set; } = null!;
    public Viewer OtherManager { get; private set; } = null!;
    public Viewer MarketManager { get; private set; } = null!;
    public Viewer AwayManager { get; private set; } = null!;
    public Viewer AwayMarketManager { get; private set; } = null!;
    public Viewer Administrator { get; private set; } = null!;
    public Viewer Approver { get; private set; } = null!;

    public static async Task<PlanWorld> CreateAsync(DatabaseFixture fixture, DateTimeOffset? now = null)
    {
        var world = new PlanWorld(fixture, now ?? Wednesday);
        await using var db = world.Db();
        var people = await TestPeople.AddAsync(db, Wednesday);
        (world.Manager, world.OtherManager, world.MarketManager, world.AwayManager, world.AwayMarketManager, world.Administrator, world.Approver) =
            (people.Manager, people.OtherManager, people.MarketManager, people.AwayManager, people.AwayMarketManager, people.Administrator, people.Approver);
        return world;
    }

    public CrmDbContext Db() => _fixture.CreateContext();

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<RecordResult> PlansAsync(Func<VisitPlans, Task<RecordResult>> action) => RunAsync(action);

    public Task<T> ViewsAsync<T>(Func<VisitPlanViews, Task<T>> action) => RunAsync(action);

    /// <summary>An account of <see cref="Manager"/> (or the manager given).</summary>
    public async Task<int> AccountAsync(AccountState state = AccountState.Active, Viewer? manager = null, string name = "华联超市")
    {
        manager ??= Manager;
        await using var db = Db();
        var account = new GroupAccount
        {
            Name = name + " " + Guid.NewGuid().ToString("N")[..4], NameEn = "Test chain", BusinessLicenceNumber = "T" + Guid.NewGuid().ToString("N")[..17],
            State = state, DistrictId = manager.DistrictId!.Value, AccountManagerId = manager.UserId, CreatedAt = Wednesday.AddYears(-1),
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    public async Task<int> StoreAsync(int accountId, bool active = true, string name = "人民路店")
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

    public async Task SetStoreActiveAsync(int storeId, bool active)
    {
        await using var db = Db();
        await db.Stores.Where(s => s.Id == storeId).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsActive, active));
    }

    /// <summary>A recorded visit, written straight to the table (as the recording service would leave it) at noon of its day.</summary>
    public async Task<int> VisitAsync(Viewer visitor, int accountId, int? storeId, DateOnly on)
    {
        await using var db = Db();
        var at = new DateTimeOffset(on.ToDateTime(new TimeOnly(4, 0)), TimeSpan.Zero);
        var visit = new Visit
        {
            Kind = storeId is null ? VisitKind.Hq : VisitKind.Store, AccountId = accountId, StoreId = storeId, VisitorId = visitor.UserId,
            VisitedAt = at, VisitedOn = on, RecordedAt = at,
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    }

    /// <summary>A plan written straight to the table: how plans of periods that have begun come to exist.</summary>
    public async Task<int> PlanAsync(Viewer owner, DateOnly start, int revision, VisitPlanState state, params (DateOnly Day, int AccountId, int? StoreId)[] visits)
    {
        await using var db = Db();
        var plan = new VisitPlan
        {
            UserId = owner.UserId, PeriodStart = start, Revision = revision, State = state, CreatedAt = Wednesday.AddDays(-30),
            SubmittedAt = state == VisitPlanState.Submitted ? Wednesday.AddDays(-29) : null,
            Visits = [.. visits.Select(v => new PlannedVisit
            {
                Day = v.Day, AccountId = v.AccountId, StoreId = v.StoreId, Kind = v.StoreId is null ? VisitKind.Hq : VisitKind.Store,
            })],
        };
        db.VisitPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan.Id;
    }

    public async Task<VisitPlan?> PlanOfAsync(int planId)
    {
        await using var db = Db();
        return await db.VisitPlans.AsNoTracking().Include(p => p.Visits).SingleOrDefaultAsync(p => p.Id == planId);
    }

    public async Task<uint> VersionAsync(int planId) => (await PlanOfAsync(planId))!.Version;

    /// <summary>Everything the plans of a person hold, to show that a refusal wrote nothing.</summary>
    public async Task<string> SnapshotAsync(Viewer owner)
    {
        await using var db = Db();
        var plans = await db.VisitPlans.AsNoTracking().Include(p => p.Visits).Where(p => p.UserId == owner.UserId).OrderBy(p => p.Id).ToListAsync();
        return string.Join(";", plans.Select(p => $"{p.Id}/{p.PeriodStart}/{p.Revision}/{p.State}/{p.Version}:" +
            string.Join(",", p.Visits.OrderBy(v => v.Id).Select(v => $"{v.Day}-{v.AccountId}-{v.StoreId}"))));
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
