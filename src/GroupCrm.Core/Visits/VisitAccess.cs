using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Visits;

/// <summary>
/// Who sees and makes visits. Visits, appointments and follow-ups are seen by whoever sees their account;
/// they are made by the account's manager, the district's market manager, or an administrator.
/// Visits are for chains in business: active ones, and suspended ones whose stores are still looked after.
/// </summary>
public static class VisitAccess
{
    public const string NotVisitableMessage = "Visits are recorded only for active (or suspended) accounts.";

    public static bool CanVisit(this Viewer viewer, AccountScope account) => viewer.CanEditRecords(account);

    public static bool IsVisitable(this AccountScope account) => account.State is AccountState.Active or AccountState.Suspended;

    public static IQueryable<Visit> VisibleTo(this IQueryable<Visit> visits, CrmDbContext db, Viewer viewer)
    {
        var accounts = db.Accounts.VisibleTo(viewer);
        return visits.Where(v => accounts.Any(a => a.Id == v.AccountId));
    }

    public static IQueryable<HqAppointment> VisibleTo(this IQueryable<HqAppointment> appointments, CrmDbContext db, Viewer viewer)
    {
        var accounts = db.Accounts.VisibleTo(viewer);
        return appointments.Where(a => accounts.Any(x => x.Id == a.AccountId));
    }

    public static IQueryable<FollowUp> VisibleTo(this IQueryable<FollowUp> followUps, CrmDbContext db, Viewer viewer)
    {
        var accounts = db.Accounts.VisibleTo(viewer);
        return followUps.Where(f => accounts.Any(a => a.Id == f.AccountId));
    }
}
