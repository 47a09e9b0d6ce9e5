using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Recording;

public sealed record AccountChoice(int Id, string Name);

public sealed record StoreChoice(int Id, string Name);

public sealed record AppointmentChoice(int Id, DateTimeOffset StartsAt, string Purpose, string? BuyerName);

public sealed record ProductChoice(int Id, string Code, string Brand, string Name, string NameEn);

/// <summary>
/// What the visit form offers: only accounts the viewer may visit, and for the chosen account (checked by
/// the caller) its active stores, its open appointments and the people who may own its follow-ups.
/// </summary>
public sealed class VisitFormChoices(CrmDbContext db, OrganisationCalendar calendar)
{
    /// <summary>How far back an appointment is offered: a visit may be recorded a few days after it was made.</summary>
    public const int AppointmentDaysBack = 7;

    /// <summary>Account managers, market managers and administrators record visits; the marketing centre only reads them.</summary>
    public static bool MayRecord(Viewer viewer) => viewer.Role is Roles.Administrator or Roles.MarketManager or Roles.AccountManager;

    public async Task<IReadOnlyList<AccountChoice>> AccountsAsync(Viewer viewer, CancellationToken ct = default)
    {
        if (!MayRecord(viewer)) return [];
        // For these roles the accounts a viewer sees are exactly the ones they may visit.
        return await db.Accounts.AsNoTracking().VisibleTo(viewer)
            .Where(a => a.State == AccountState.Active || a.State == AccountState.Suspended)
            .OrderBy(a => a.Name).Select(a => new AccountChoice(a.Id, a.Name)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<StoreChoice>> StoresAsync(int accountId, CancellationToken ct = default) =>
        await db.Stores.AsNoTracking().Where(s => s.AccountId == accountId && s.IsActive)
            .OrderBy(s => s.Name).Select(s => new StoreChoice(s.Id, s.Name)).ToListAsync(ct);

    /// <summary>The account's booked appointments not yet kept by a visit, from a week ago to the end of today, latest first.</summary>
    public async Task<IReadOnlyList<AppointmentChoice>> AppointmentsAsync(int accountId, CancellationToken ct = default)
    {
        var today = calendar.Today;
        var from = VisitTime.ToInstant(today.AddDays(-AppointmentDaysBack), TimeOnly.MinValue, calendar.TimeZone) ?? calendar.Now.AddDays(-AppointmentDaysBack);
        var to = VisitTime.ToInstant(today.AddDays(1), TimeOnly.MinValue, calendar.TimeZone) ?? calendar.Now.AddDays(1);
        return await db.HqAppointments.AsNoTracking()
            .Where(a => a.AccountId == accountId && a.State == AppointmentState.Booked && a.StartsAt >= from && a.StartsAt < to)
            .Where(a => !db.Visits.Any(v => v.AppointmentId == a.Id))
            .OrderByDescending(a => a.StartsAt)
            .Select(a => new AppointmentChoice(a.Id, a.StartsAt, a.Purpose,
                db.BuyerContacts.Where(c => c.Id == a.BuyerContactId).Select(c => c.Name).FirstOrDefault()))
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ProductChoice>> ProductsAsync(CancellationToken ct = default) =>
        await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Brand).ThenBy(p => p.Code)
            .Select(p => new ProductChoice(p.Id, p.Code, p.Brand, p.Name, p.NameEn)).ToListAsync(ct);

    /// <summary>The products the store's latest visit checked, so the next visit starts from the same lines.</summary>
    public async Task<IReadOnlyList<int>> LastCheckedProductsAsync(int accountId, int storeId, CancellationToken ct = default)
    {
        var latest = db.Visits.Where(v => v.AccountId == accountId && v.StoreId == storeId)
            .OrderByDescending(v => v.VisitedAt).ThenByDescending(v => v.Id).Select(v => v.Id).Take(1);
        return await db.VisitProductChecks.Where(c => latest.Contains(c.VisitId))
            .Join(db.Products.Where(p => p.IsActive), c => c.ProductId, p => p.Id, (_, p) => p)
            .OrderBy(p => p.Brand).ThenBy(p => p.Code).Select(p => p.Id).ToListAsync(ct);
    }

    public Task<IReadOnlyList<PersonChoice>> OwnersAsync(AccountScope account, Viewer viewer, CancellationToken ct = default) =>
        FollowUpOwners.ForAccountAsync(db, account, viewer.UserId, ct);

    public Task<string> ManagerNameAsync(AccountScope account, CancellationToken ct = default) =>
        db.Users.Where(u => u.Id == account.AccountManagerId).Select(u => u.DisplayName).SingleAsync(ct);

    /// <summary>The account of an appointment the viewer sees, for a link that names only the appointment.</summary>
    public Task<int?> AppointmentAccountAsync(Viewer viewer, int appointmentId, CancellationToken ct = default) =>
        db.HqAppointments.AsNoTracking().VisibleTo(db, viewer).Where(a => a.Id == appointmentId)
            .Select(a => (int?)a.AccountId).SingleOrDefaultAsync(ct);

    /// <summary>The local day and time an appointment of the account starts, to prefill the visit's date; null if it is not the account's.</summary>
    public async Task<DateTimeOffset?> AppointmentStartAsync(int accountId, int appointmentId, CancellationToken ct = default)
    {
        var starts = await db.HqAppointments.Where(a => a.Id == appointmentId && a.AccountId == accountId)
            .Select(a => (DateTimeOffset?)a.StartsAt).SingleOrDefaultAsync(ct);
        return starts is { } s ? TimeZoneInfo.ConvertTime(s, calendar.TimeZone) : null;
    }
}
