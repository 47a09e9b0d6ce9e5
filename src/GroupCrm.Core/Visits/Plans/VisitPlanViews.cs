using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Plans;

/// <summary>
/// The read side of the plans: whose plans a viewer may pick, each person's list of periods, one period in
/// full, and the accounts and stores the add form offers. Every query starts from the viewer's scope.
/// </summary>
public sealed partial class VisitPlanViews(CrmDbContext db, OrganisationCalendar calendar)
{
    public DateOnly Today => calendar.Today;

    /// <summary>The person asked for (else the viewer themself, else the first the viewer may read), and the others to pick from.</summary>
    public async Task<PlanOwners> OwnersAsync(Viewer viewer, int? userId, CancellationToken ct = default)
    {
        var choices = await db.PlanOwnersVisibleTo(viewer).OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new PlanOwner(u.Id, u.DisplayName)).ToListAsync(ct);
        if (userId is { } id) return new PlanOwners(choices.FirstOrDefault(c => c.UserId == id), choices);
        return new PlanOwners(choices.FirstOrDefault(c => c.UserId == viewer.UserId) ?? choices.FirstOrDefault(), choices);
    }

    /// <summary>The viewer's own visitable accounts, and the active stores of the one chosen (when it is one of them).</summary>
    public async Task<PlanChoices> ChoicesAsync(Viewer viewer, int? accountId, CancellationToken ct = default)
    {
        var accounts = (await OwnAccounts(viewer.UserId).OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name)).ToList();
        if (accountId is not { } chosen || accounts.All(a => a.Id != chosen)) return new PlanChoices(accounts, null, []);
        var stores = await db.Stores.Where(s => s.AccountId == chosen && s.IsActive).OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return new PlanChoices(accounts, chosen, [.. stores.Select(s => (s.Id, s.Name))]);
    }

    /// <summary>The accounts a manager plans visits to: their own, active or suspended.</summary>
    private IQueryable<GroupAccount> OwnAccounts(int ownerId) =>
        db.Accounts.Where(a => a.AccountManagerId == ownerId && (a.State == AccountState.Active || a.State == AccountState.Suspended));

    private Task<bool> ReadsPlansOfAsync(Viewer viewer, int ownerId, CancellationToken ct) =>
        db.PlanOwnersVisibleTo(viewer).AnyAsync(u => u.Id == ownerId, ct);

    /// <summary>The owner's own visits of the days given: the actual side of plan against actual.</summary>
    private IQueryable<Visit> OwnVisits(int ownerId, DateOnly from, DateOnly to) =>
        db.Visits.AsNoTracking().Where(v => v.VisitorId == ownerId && v.VisitedOn >= from && v.VisitedOn <= to);
}
