using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Visits.Appointments;

/// <summary>
/// The demo people on a test class's database, the Core services on a clock that stands still (in the
/// default time zone, Asia/Shanghai), and builders that insert chains, stores, appointments, visits and
/// follow-ups directly. Every test makes its own chains, so whatever else the demo data holds is never
/// what a test looks at.
/// </summary>
public sealed class AppointmentWorld(DatabaseFixture fixture, DateTimeOffset now) : IAsyncDisposable
{
    /// <summary>Wednesday 10 June 2026, 10:00 in Shanghai.</summary>
    public static readonly DateTimeOffset Noon = new(2026, 6, 10, 2, 0, 0, TimeSpan.Zero);

    public static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private readonly ServiceProvider _services = Build(fixture.ConnectionString, now);

    public AppointmentWorld(DatabaseFixture fixture) : this(fixture, Noon) { }

    public DateTimeOffset Now => now;

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Shanghai).DateTime);

    private static ServiceProvider Build(string connectionString, DateTimeOffset now)
    {
        return CoreServices.Build(connectionString, new StillClock(now));
    }

    public CrmDbContext Db() => fixture.CreateContext();

    public async Task<T> RunAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public async Task<Viewer> ViewerAsync(string userName)
    {
        await using var db = Db();
        var user = await db.Users.SingleAsync(u => u.UserName == userName);
        return new Viewer(user.Id, DemoLogins.All.Single(l => l.UserName == userName).Role, user.DistrictId);
    }

    /// <summary>A chain of <paramref name="owner"/> in their district, with one buyer contact.</summary>
    public async Task<(int Account, int Buyer)> AccountAsync(string owner = "am.east1", AccountState state = AccountState.Active, string? name = null)
    {
        var manager = await ViewerAsync(owner);
        await using var db = Db();
        var account = new GroupAccount
        {
            Name = name ?? "预约测试连锁 " + Guid.NewGuid().ToString("N")[..6], NameEn = "Appointment test chain",
            BusinessLicenceNumber = "A" + Guid.NewGuid().ToString("N")[..17].ToUpperInvariant(),
            State = state, DistrictId = manager.DistrictId!.Value, AccountManagerId = manager.UserId, CreatedAt = new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero),
            BuyerContacts = [new BuyerContact { Name = "采购 " + Guid.NewGuid().ToString("N")[..4], Email = "buyer@chain.example", Title = "采购经理" }],
        };
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return (account.Id, account.BuyerContacts[0].Id);
    }

    public async Task<int> StoreAsync(int accountId, string? name = null)
    {
        await using var db = Db();
        var store = new Store
        {
            AccountId = accountId, Name = name ?? "测试店 " + Guid.NewGuid().ToString("N")[..4],
            RetailLicenceNumber = "S" + Guid.NewGuid().ToString("N")[..15], CategoryId = await db.CustomerCategories.Select(c => c.Id).FirstAsync(),
        };
        db.Stores.Add(store);
        await db.SaveChangesAsync();
        return store.Id;
    }

    /// <summary>An appointment written directly, its time fixed at <paramref name="scheduledAt"/> (default: three days before now).</summary>
    public async Task<int> AppointmentAsync(int accountId, int buyerId, string bookedBy, DateTimeOffset startsAt, DateTimeOffset? scheduledAt = null,
        string purpose = "季度回顾")
    {
        var booker = await ViewerAsync(bookedBy);
        await using var db = Db();
        var at = scheduledAt ?? now.AddDays(-3);
        var appointment = new HqAppointment
        {
            AccountId = accountId, BuyerContactId = buyerId, StartsAt = startsAt, Purpose = purpose, BookedById = booker.UserId,
            BookedAt = at, ScheduledAt = at, State = AppointmentState.Booked,
        };
        db.HqAppointments.Add(appointment);
        await db.SaveChangesAsync();
        return appointment.Id;
    }

    /// <summary>A visit written directly (bypassing the recording rules): a store visit when a store is given, else an HQ visit.</summary>
    public async Task<int> VisitAsync(int accountId, string visitor, DateTimeOffset visitedAt, int? storeId = null, int? appointmentId = null,
        int productChecks = 0, string? spotCheckOf = null, bool complianceConcern = false)
    {
        var person = await ViewerAsync(visitor);
        int? checkedId = spotCheckOf is null ? null : (await ViewerAsync(spotCheckOf)).UserId;
        await using var db = Db();
        var products = await db.Products.OrderBy(p => p.Id).Select(p => p.Id).Take(productChecks).ToListAsync();
        var visit = new Visit
        {
            Kind = storeId is null ? VisitKind.Hq : VisitKind.Store, AccountId = accountId, StoreId = storeId, VisitorId = person.UserId,
            VisitedAt = visitedAt, VisitedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(visitedAt, Shanghai).DateTime),
            AppointmentId = appointmentId, ComplianceConcern = complianceConcern, SpotCheckOfUserId = checkedId, RecordedAt = visitedAt,
            ProductChecks = [.. products.Select(p => new VisitProductCheck { ProductId = p, Listed = true, StockOnHand = 10 })],
        };
        db.Visits.Add(visit);
        await db.SaveChangesAsync();
        return visit.Id;
    }

    public async Task<int> FollowUpAsync(int visitId, int accountId, string owner, DateOnly dueOn, string text = "寄送新品资料", DateTimeOffset? doneAt = null)
    {
        var person = await ViewerAsync(owner);
        await using var db = Db();
        var followUp = new FollowUp { VisitId = visitId, AccountId = accountId, Text = text, DueOn = dueOn, OwnerId = person.UserId, DoneAt = doneAt };
        db.FollowUps.Add(followUp);
        await db.SaveChangesAsync();
        return followUp.Id;
    }

    public async Task<HqAppointment> AppointmentOfAsync(int id)
    {
        await using var db = Db();
        return await db.HqAppointments.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    /// <summary>The instant of a local day and time in Shanghai.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
