using GroupCrm.Core.Data;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Quotas.Reminders;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Quotas.Reminders;

/// <summary>
/// A set of test people with e-mail addresses on a clock standing on Monday 15 June 2026, 08:00 in Shanghai (the
/// job's hour), and ways to give them chains, stores, visits and plans. June 2026 has plan periods starting on the
/// 1st, 15th and 29th. Other tests' people may share the database, so results are read per person.
/// </summary>
public sealed class ReminderWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Monday = new(2026, 6, 15);
    public static readonly DateOnly June = new(2026, 6, 1);
    public static readonly DateOnly[] JunePeriods = [new(2026, 6, 1), new(2026, 6, 15), new(2026, 6, 29)];

    private readonly DatabaseFixture _fixture;
    private readonly ServiceProvider _services;

    private ReminderWorld(DatabaseFixture fixture, TestPeople people)
    {
        _fixture = fixture;
        People = people;
        _services = CoreServices.Build(fixture.ConnectionString, new StillClock(Now));
    }

    public TestPeople People { get; }

    public static async Task<ReminderWorld> CreateAsync(DatabaseFixture fixture)
    {
        await using var db = fixture.CreateContext();
        var people = await TestPeople.AddAsync(db, Now.AddYears(-1));
        foreach (var user in await db.Users.Where(u => u.UserName!.EndsWith("." + people.Tag)).ToListAsync())
            user.Email = $"{user.UserName}@groupcrm.example";
        await db.SaveChangesAsync();
        return new ReminderWorld(fixture, people);
    }

    public CrmDbContext Db() => _fixture.CreateContext();

    public async Task<QuotaReminderRun> SendAsync(DateOnly? weekStart = null)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QuotaReminders>().SendForWeekAsync(weekStart ?? Monday);
    }

    /// <summary>The reminders queued for one person, oldest first.</summary>
    public async Task<List<OutgoingMessage>> RemindersOfAsync(int userId)
    {
        await using var db = Db();
        var prefix = $"{userId}:";
        return await db.OutgoingMessages.AsNoTracking()
            .Where(m => m.Kind == QuotaReminderMail.Kind && m.SubjectKey.StartsWith(prefix))
            .OrderBy(m => m.Id).ToListAsync();
    }

    public async Task SetUserAsync(int userId, Action<GroupCrm.Core.Organisation.CrmUser> change)
    {
        await using var db = Db();
        change(await db.Users.SingleAsync(u => u.Id == userId));
        await db.SaveChangesAsync();
    }

    /// <summary>Submitted plans for every period that starts in June, so the plan rule is met.</summary>
    public async Task SubmitJunePlansAsync(int userId)
    {
        await using var db = Db();
        db.VisitPlans.AddRange(JunePeriods.Select(p => new VisitPlan
        {
            UserId = userId, PeriodStart = p, State = VisitPlanState.Submitted, CreatedAt = Now.AddDays(-30), SubmittedAt = Now.AddDays(-30),
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>An active chain (no transitions: it counts by its current state) of the account manager.</summary>
    public async Task<int> AccountAsync(GroupCrm.Core.Organisation.Viewer manager, string name)
    {
        await using var db = Db();
        var account = new GroupAccount
        {
            Name = name, NameEn = name + " (EN)", BusinessLicenceNumber = "R" + Guid.NewGuid().ToString("N")[..17], State = AccountState.Active,
            DistrictId = manager.DistrictId!.Value, AccountManagerId = manager.UserId, CreatedAt = Now.AddYears(-1),
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return account.Id;
    }

    public async Task<int> StoreAsync(int accountId, string name)
    {
        await using var db = Db();
        var store = new Store
        {
            AccountId = accountId, Name = name, RetailLicenceNumber = "S" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant(),
            CategoryId = await db.CustomerCategories.Select(c => c.Id).FirstAsync(),
        };
        db.Stores.Add(store);
        await db.SaveChangesAsync();
        return store.Id;
    }

    public async Task StoreVisitAsync(int visitorId, int accountId, int storeId, DateOnly day)
    {
        await using var db = Db();
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)).ToUniversalTime();
        db.Visits.Add(new Visit
        {
            Kind = VisitKind.Store, AccountId = accountId, StoreId = storeId, VisitorId = visitorId, VisitedAt = at, VisitedOn = day, RecordedAt = at,
        });
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
