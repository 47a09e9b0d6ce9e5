using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits.Appointments;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Lists;

/// <summary>The visit list's filter choices, limited to what the viewer sees.</summary>
public static class VisitListChoices
{
    public static async Task<IReadOnlyList<Choice>> AccountsAsync(CrmDbContext db, Viewer viewer, CancellationToken ct = default) =>
        await db.Accounts.AsNoTracking().VisibleTo(viewer)
            .Where(a => db.Visits.Any(v => v.AccountId == a.Id) || a.State == AccountState.Active || a.State == AccountState.Suspended)
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new Choice(a.Id, a.Name))
            .ToListAsync(ct);

    /// <summary>The stores of one account, if the viewer sees it; none otherwise.</summary>
    public static async Task<IReadOnlyList<Choice>> StoresAsync(CrmDbContext db, Viewer viewer, int accountId, CancellationToken ct = default) =>
        await db.Stores.AsNoTracking()
            .Where(s => s.AccountId == accountId && db.Accounts.VisibleTo(viewer).Any(a => a.Id == accountId))
            .OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new Choice(s.Id, s.Name))
            .ToListAsync(ct);

    /// <summary>The people who made visits the viewer sees, the viewer first.</summary>
    public static async Task<IReadOnlyList<Choice>> VisitorsAsync(CrmDbContext db, Viewer viewer, CancellationToken ct = default)
    {
        var visitors = db.Visits.VisibleTo(db, viewer).Select(v => v.VisitorId);
        var people = await db.Users.AsNoTracking()
            .Where(u => u.Id == viewer.UserId || visitors.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(ct);
        return [.. people.OrderBy(p => p.Id != viewer.UserId).ThenBy(p => p.DisplayName, StringComparer.Ordinal).Select(p => new Choice(p.Id, p.DisplayName))];
    }
}
