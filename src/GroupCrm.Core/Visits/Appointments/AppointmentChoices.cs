using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Appointments;

public sealed record Choice(int Id, string Name);

/// <summary>The choices the appointment forms and the calendar filter offer: only what the viewer may use.</summary>
public static class AppointmentChoices
{
    /// <summary>The chains the viewer may book appointments with: visible, visitable, and theirs to visit.</summary>
    public static async Task<IReadOnlyList<Choice>> AccountsAsync(CrmDbContext db, Viewer viewer, CancellationToken ct = default)
    {
        var scopes = await db.Accounts.AsNoTracking().VisibleTo(viewer)
            .Where(a => a.State == AccountState.Active || a.State == AccountState.Suspended)
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new AccountScope(a.Id, a.Name, a.DistrictId, a.AccountManagerId, a.State))
            .ToListAsync(ct);
        return [.. scopes.Where(viewer.CanVisit).Select(s => new Choice(s.Id, s.Name))];
    }

    /// <summary>An account's buyer contacts, "name (title)", for an account the caller has already checked.</summary>
    public static async Task<IReadOnlyList<Choice>> BuyersAsync(CrmDbContext db, int accountId, CancellationToken ct = default)
    {
        var buyers = await db.BuyerContacts.AsNoTracking().Where(c => c.AccountId == accountId)
            .OrderBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Name, c.Title })
            .ToListAsync(ct);
        return [.. buyers.Select(b => new Choice(b.Id, b.Title is null ? b.Name : $"{b.Name} ({b.Title})"))];
    }

    /// <summary>The people whose appointments the viewer sees (the calendar's person filter), the viewer first.</summary>
    public static async Task<IReadOnlyList<Choice>> PeopleAsync(CrmDbContext db, Viewer viewer, CancellationToken ct = default)
    {
        var bookers = db.HqAppointments.VisibleTo(db, viewer).Select(a => a.BookedById);
        var people = await db.Users.AsNoTracking()
            .Where(u => u.Id == viewer.UserId || bookers.Contains(u.Id)
                        || (viewer.Role == Roles.MarketManager && u.DistrictId == viewer.DistrictId && db.Accounts.Any(a => a.AccountManagerId == u.Id)))
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(ct);
        return [.. people.OrderBy(p => p.Id != viewer.UserId).ThenBy(p => p.DisplayName, StringComparer.Ordinal).Select(p => new Choice(p.Id, p.DisplayName))];
    }
}
