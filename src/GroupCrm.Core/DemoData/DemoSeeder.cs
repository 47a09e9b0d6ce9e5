using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Fills an empty database with the deterministic demo data set: districts, the demo users
/// (<see cref="DemoLogins"/>), 60 chains with about 1,500 stores, 120 products and 24 months of sales;
/// every chain's onboarding timeline, document register (small generated PDF and PNG files) and site survey;
/// targets and forecasts; and a year of visits with their two-week plans, HQ appointments, follow-ups and
/// spot checks (<see cref="DemoVisits"/>), with gaps: am.west3 and am.north2 leave stores unvisited in some months
/// and skip some plans, mm.north makes too few outings (<see cref="DemoVisitPace"/>); and scarce-stock allocation
/// rounds in every state with their notices, partly acknowledged and handed over (<see cref="DemoAllocations"/>).
/// The same data comes out every run: fixed seeds, fixed order, sales months anchored on the last full
/// month and the few dates that must stay near the present on the seed's today (see <see cref="DemoCalendar"/>).
/// </summary>
public sealed class DemoSeeder(
    CrmDbContext db, UserManager<CrmUser> users, RoleManager<IdentityRole<int>> roles, TimeProvider clock, IServiceProvider services)
{
    // Any fixed number: serialises seeders of app instances that start together.
    private const long SeedLock = 0x4752_4D44_454D_4F; // "GRMDEMO"

    /// <returns>false when the database already holds users, so nothing was written.</returns>
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        // One transaction: a crash half-way leaves an empty database, which is seeded again on the next start.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SeedLock})", ct);
        if (await db.Users.AnyAsync(ct)) return false;
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                throw new InvalidOperationException($"Role {role} is missing: the database must be migrated before it is seeded.");

        await RestartIdsAsync(ct);

        var calendar = new DemoCalendar(clock);
        var districts = await DemoOrganisation.AddAsync(db, users, clock.GetUtcNow(), ct);
        var categoryIds = await db.CustomerCategories.ToDictionaryAsync(c => c.Code, c => c.Id, ct);
        var products = await DemoProducts.AddAsync(db, ct);
        var (accounts, stores) = await DemoAccounts.AddAsync(db, districts, categoryIds, calendar, ct);
        db.ChangeTracker.Clear(); // the caller's context carries on without some 1,700 tracked rows

        var approver = DemoLogins.InRole(Roles.MarketingCenter).First().UserName;
        var approverId = await db.Users.Where(u => u.UserName == approver).Select(u => u.Id).SingleAsync(ct);
        var timelines = DemoTimeline.Add(db, accounts, approverId, calendar);
        DemoSurveys.Add(db, timelines, calendar);
        await db.SaveChangesAsync(ct);
        await DemoDocuments.AddAsync(db, timelines, calendar, ct);
        db.ChangeTracker.Clear();

        await DemoPriceChanges.AddAsync(db, products, calendar, ct);
        // COPY on the context's own connection joins the transaction.
        await DemoSales.CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), stores, products, calendar, ct);
        await DemoTargets.AddAsync(db, accounts, calendar, ct);
        await DemoForecasts.AddAsync(db, accounts, calendar, ct);
        await DemoVisits.AddAsync(db, (NpgsqlConnection)db.Database.GetDbConnection(), timelines, stores, products, calendar, ct);
        await DemoAllocations.AddAsync(db, services, calendar, clock.GetUtcNow(), ct);
        await DemoBulletins.AddAsync(db, districts, calendar, ct);
        await DemoLetters.AddAsync(db, services, calendar, clock, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    // A failed seed rolls its rows back but not the identity values it drew: start each table's ids
    // after its last row again, so the ids come out the same as on a database that never saw a failure.
    private async Task RestartIdsAsync(CancellationToken ct)
    {
        Type[] seeded =
        [
            typeof(District), typeof(CrmUser), typeof(Product), typeof(GroupAccount), typeof(BuyerContact), typeof(Store),
            typeof(AccountTransition), typeof(SiteSurvey), typeof(AccountDocument),
            typeof(Visits.VisitPlan), typeof(Visits.PlannedVisit), typeof(Visits.HqAppointment), typeof(Visits.Visit), typeof(Visits.FollowUp),
            typeof(Allocation.Rounds.AllocationRound), typeof(Allocation.Rounds.RoundLine), typeof(Allocation.Rounds.RoundStoreLine),
            typeof(Allocation.Rounds.RoundEvent), typeof(Allocation.Notices.AllocationNotice), typeof(Mail.OutgoingMessage),
            typeof(Letters.SalesLetter), typeof(Letters.Templates.LetterTemplate), typeof(Letters.Bulletins.MarketBulletin),
        ];
        foreach (var table in seeded.Select(t => db.Model.FindEntityType(t)!.GetTableName()!))
        {
            var sql = "SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 0) + 1, false) FROM " + table;
            await db.Database.ExecuteSqlRawAsync(sql, ct);
        }
    }
}
