using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Core.Sales;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>
/// The test people of two districts on an empty database, the Core services on a clock that stands still (in the
/// organisation's time zone given, Asia/Shanghai by default), and quick ways to write the facts quotas are judged
/// on: accounts and their timelines, stores, visits, appointments, plans and notices. Each test makes its own.
/// </summary>
public sealed class QuotaWorld : IAsyncDisposable
{
    private readonly DatabaseFixture _fixture;
    private readonly ServiceProvider _services;

    private QuotaWorld(DatabaseFixture fixture, DateTimeOffset now, string timeZone)
    {
        _fixture = fixture;
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Organisation:TimeZone"] = timeZone }).Build());
        services.AddGroupCrmCore(fixture.ConnectionString);
        services.AddSingleton<TimeProvider>(new StillClock(now));
        _services = services.BuildServiceProvider();
        Now = now;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
    }

    public DateTimeOffset Now { get; }
    public TimeZoneInfo Zone { get; }
    public TestPeople People { get; private set; } = null!;

    public static async Task<QuotaWorld> CreateAsync(DatabaseFixture fixture, DateTimeOffset now, string timeZone = "Asia/Shanghai")
    {
        var world = new QuotaWorld(fixture, now, timeZone);
        await using var db = world.Db();
        world.People = await TestPeople.AddAsync(db, now.AddYears(-3));
        return world;
    }

    public CrmDbContext Db() => _fixture.CreateContext();

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>One person's month, as the admin sees them.</summary>
    public async Task<PersonCompliance> JudgeAsync(Viewer person, DateOnly month)
    {
        var found = await RunAsync<QuotaAudience, QuotaPerson?>(a => a.FindAsync(People.Administrator, person.UserId));
        return (await RunAsync<ComplianceEngine, IReadOnlyList<PersonCompliance>>(e => e.ForPeopleAsync([found!], month))).Single();
    }

    public async Task<RuleCompliance> JudgeAsync(Viewer person, DateOnly month, QuotaRuleKind rule) =>
        (await JudgeAsync(person, month)).Rules.Single(r => r.Rule == rule);

    /// <summary>A moment of a local day in the organisation's time zone.</summary>
    public DateTimeOffset Local(DateOnly day, int hour, int minute = 0)
    {
        var local = day.ToDateTime(new TimeOnly(hour, minute));
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>An account of the manager's (in their district), Active since long ago unless a timeline is given.</summary>
    public async Task<int> AccountAsync(Viewer manager, string name = "Chain", AccountState state = AccountState.Active, bool withTimeline = true)
    {
        await using var db = Db();
        var account = new GroupAccount
        {
            Name = $"{name} {Guid.NewGuid():N}"[..(name.Length + 5)], NameEn = name + " (en)", BusinessLicenceNumber = "Q" + Guid.NewGuid().ToString("N")[..17],
            State = state, DistrictId = manager.DistrictId!.Value, AccountManagerId = manager.UserId, CreatedAt = Now.AddYears(-3),
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        if (withTimeline) await TransitionAsync(account.Id, state, Now.AddYears(-3));
        return account.Id;
    }

    public async Task TransitionAsync(int accountId, AccountState to, DateTimeOffset at)
    {
        await using var db = Db();
        db.AccountTransitions.Add(new AccountTransition { AccountId = accountId, ToState = to, ByUserId = People.Administrator.UserId, At = at.ToUniversalTime() });
        await db.Accounts.Where(a => a.Id == accountId).ExecuteUpdateAsync(s => s.SetProperty(a => a.State, to));
        await db.SaveChangesAsync();
    }

    public async Task<int> StoreAsync(int accountId, string name = "Store", DateTimeOffset? deactivatedAt = null)
    {
        await using var db = Db();
        var store = new Store
        {
            AccountId = accountId, Name = name, RetailLicenceNumber = "Q" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            CategoryId = await db.CustomerCategories.Select(c => c.Id).FirstAsync(),
            IsActive = deactivatedAt is null, DeactivatedAt = deactivatedAt?.ToUniversalTime(),
        };
        db.Stores.Add(store);
        await db.SaveChangesAsync();
        return store.Id;
    }

    public async Task<int[]> StoresAsync(int accountId, int count)
    {
        var ids = new int[count];
        for (var i = 0; i < count; i++) ids[i] = await StoreAsync(accountId, $"Store {i + 1:00}");
        return ids;
    }

    /// <summary>A visit as the recorder writes it: its day is the local date of its moment.</summary>
    public async Task<int> VisitAsync(Viewer visitor, int accountId, int? storeId, DateTimeOffset at, int? appointmentId = null)
    {
        await using var db = Db();
        var visit = new Visit
        {
            Kind = storeId is null ? VisitKind.Hq : VisitKind.Store, AccountId = accountId, StoreId = storeId, VisitorId = visitor.UserId,
            VisitedAt = at.ToUniversalTime(), VisitedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime),
            AppointmentId = appointmentId, RecordedAt = at.ToUniversalTime(),
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    }

    public async Task StoreVisitsAsync(Viewer visitor, int accountId, IEnumerable<int> stores, DateOnly day)
    {
        var minute = 0;
        foreach (var store in stores) await VisitAsync(visitor, accountId, store, Local(day, 9, minute++));
    }

    /// <summary>An HQ visit at 10:00 on the day, keeping an appointment whose time was fixed <paramref name="lead"/> before.</summary>
    public async Task<int> HqVisitAsync(Viewer visitor, int accountId, DateOnly day, TimeSpan lead)
    {
        var startsAt = Local(day, 10);
        await using var db = Db();
        var appointment = new HqAppointment
        {
            AccountId = accountId, StartsAt = startsAt, Purpose = "月度沟通", BookedById = visitor.UserId,
            BookedAt = (startsAt - lead).AddDays(-1), ScheduledAt = startsAt - lead, State = AppointmentState.Booked,
        };
        db.HqAppointments.Add(appointment);
        await db.SaveChangesAsync();
        return await VisitAsync(visitor, accountId, null, startsAt, appointment.Id);
    }

    public async Task PlanAsync(Viewer manager, DateOnly periodStart, VisitPlanState state = VisitPlanState.Submitted, int revision = 1)
    {
        await using var db = Db();
        db.VisitPlans.Add(new VisitPlan
        {
            UserId = manager.UserId, PeriodStart = periodStart, Revision = revision, State = state,
            CreatedAt = Local(periodStart, 9).AddDays(-7), SubmittedAt = state == VisitPlanState.Submitted ? Local(periodStart, 9).AddDays(-6) : null,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A round of the district for the month, in the state given, with a store notice for each store (handed over or not).</summary>
    public async Task<int> RoundAsync(int districtId, DateOnly month, RoundState state, int accountId, params (int Store, bool HandedOver)[] notices)
    {
        await using var db = Db();
        var product = new Product
        {
            Code = "Q" + Guid.NewGuid().ToString("N")[..8], Brand = "中华", Name = "紧俏品", NameEn = "Scarce", PriceBand = "A", Unit = "条", ListPrice = 100m, IsScarce = true,
        };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        var round = new AllocationRound
        {
            DistrictId = districtId, ProductId = product.Id, Month = month, AvailableUnits = 1000, PackSize = 10, State = state,
            CreatedById = People.Administrator.UserId, CreatedAt = Now.AddDays(-40),
        };
        db.AllocationRounds.Add(round);
        await db.SaveChangesAsync();
        db.AllocationNotices.Add(new AllocationNotice { RoundId = round.Id, AccountId = accountId, Packs = 1, Units = 10, IssuedAt = Now.AddDays(-30) });
        foreach (var (store, handedOver) in notices)
            db.AllocationNotices.Add(new AllocationNotice
            {
                RoundId = round.Id, AccountId = accountId, StoreId = store, Packs = 1, Units = 10, IssuedAt = Now.AddDays(-30),
                HandedOverAt = handedOver ? Now.AddDays(-20) : null, HandedOverTo = handedOver ? "店长" : null,
            });
        await db.SaveChangesAsync();
        return round.Id;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
