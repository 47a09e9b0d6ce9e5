using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Analytics;
using GroupCrm.Core.Sales.Products;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Prep;

/// <summary>
/// The prep sheet of a store visit (a store of the account) or an HQ visit (no store). Whoever sees the
/// account may read it; an account they do not see, or a store that is not the account's, is reported as
/// not found, so ids reveal nothing.
/// </summary>
public sealed class PrepSheets(CrmDbContext db, OrganisationCalendar calendar, ProductNews news)
{
    /// <returns>The sheet, or null when the viewer does not see the account or the store is not one of its stores.</returns>
    public async Task<PrepSheet?> ForAsync(Viewer viewer, int accountId, int? storeId, CancellationToken ct = default)
    {
        var scope = await db.FindVisibleAsync(viewer, accountId, ct);
        if (scope is null) return null;
        var store = storeId is { } id
            ? await db.Stores.AsNoTracking().Where(s => s.AccountId == accountId && s.Id == id)
                .Select(s => new PrepStore(s.Id, s.Name, s.Address, s.ContactName, s.Phone, s.IsActive)).SingleOrDefaultAsync(ct)
            : null;
        if (storeId is not null && store is null) return null;

        var today = calendar.Today;
        var canVisit = viewer.CanVisit(scope);
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == accountId)
            .Select(a => new PrepAccount(a.Id, a.Name, a.NameEn, a.State, a.AccountManager!.DisplayName, canVisit))
            .SingleAsync(ct);
        var month = SalesMonth.Of(today);
        return new PrepSheet(
            account,
            store,
            await StoreChoicesAsync(accountId, ct),
            today,
            store is null ? await NextAppointmentAsync(accountId, today, ct) : null,
            await PrepVisitNotes.LastVisitsAsync(db, accountId, store?.Id, ct),
            await OpenFollowUpsAsync(accountId, today, ct),
            await PrepSalesQuery.LastThreeMonthsAsync(db, accountId, store?.Id, month, ct),
            store is null ? null : await PrepVisitNotes.LastShelfCheckAsync(db, store.Id, today, ct),
            await ScarceAllocations.CurrentAsync(db, accountId, store?.Id, month, ct),
            await news.ForMonthAsync(month, ct));
    }

    /// <summary>The accounts in business that the viewer sees, to choose one to prepare for.</summary>
    public Task<List<PrepAccountChoice>> AccountChoicesAsync(Viewer viewer, CancellationToken ct = default) =>
        db.Accounts.AsNoTracking().VisibleTo(viewer)
            .Where(a => a.State == AccountState.Active || a.State == AccountState.Suspended)
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new PrepAccountChoice(a.Id, a.Name))
            .ToListAsync(ct);

    private Task<List<PrepStoreChoice>> StoreChoicesAsync(int accountId, CancellationToken ct) =>
        db.Stores.AsNoTracking().Where(s => s.AccountId == accountId && s.IsActive)
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new PrepStoreChoice(s.Id, s.Name))
            .ToListAsync(ct);

    private Task<List<PrepFollowUp>> OpenFollowUpsAsync(int accountId, DateOnly today, CancellationToken ct) =>
        db.FollowUps.AsNoTracking().Where(f => f.AccountId == accountId && f.DoneAt == null)
            .OrderBy(f => f.DueOn).ThenBy(f => f.Id)
            .Select(f => new PrepFollowUp(f.Id, f.Text, f.DueOn,
                db.Users.Where(u => u.Id == f.OwnerId).Select(u => u.DisplayName).First(),
                db.Visits.Where(v => v.Id == f.VisitId).Select(v => v.VisitedOn).First(),
                f.DueOn < today))
            .ToListAsync(ct);

    /// <summary>The first booked appointment from today on that no visit has kept: the meeting this HQ prep is likely for.</summary>
    private async Task<PrepAppointment?> NextAppointmentAsync(int accountId, DateOnly today, CancellationToken ct)
    {
        var midnight = today.ToDateTime(TimeOnly.MinValue);
        var startOfToday = new DateTimeOffset(midnight, calendar.TimeZone.GetUtcOffset(midnight)).ToUniversalTime();
        var next = await db.HqAppointments.AsNoTracking()
            .Where(a => a.AccountId == accountId && a.State == AppointmentState.Booked && a.StartsAt >= startOfToday
                && !db.Visits.Any(v => v.AppointmentId == a.Id))
            .OrderBy(a => a.StartsAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.StartsAt, a.Purpose, Buyer = db.BuyerContacts.Where(c => c.Id == a.BuyerContactId).Select(c => c.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        return next is null ? null : new PrepAppointment(next.Id, next.StartsAt, calendar.LocalDate(next.StartsAt), next.Purpose, next.Buyer);
    }
}
