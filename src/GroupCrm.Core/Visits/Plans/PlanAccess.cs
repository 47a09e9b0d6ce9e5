using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Visits.Plans;

/// <summary>
/// Whose plans a viewer reads, and who changes them. A plan series belongs to one account manager, who
/// alone drafts, submits and revises it; their district's market manager reads it, and so do the
/// administrator and the marketing centre. A plan the viewer may not read does not exist for them (404).
/// </summary>
public static class PlanAccess
{
    /// <summary>The account managers whose plans the viewer may read.</summary>
    public static IQueryable<CrmUser> PlanOwnersVisibleTo(this CrmDbContext db, Viewer viewer)
    {
        var managers = db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.AccountManager)));
        return viewer.Role switch
        {
            Roles.Administrator or Roles.MarketingCenter => managers,
            Roles.MarketManager => managers.Where(u => u.DistrictId != null && u.DistrictId == viewer.DistrictId),
            Roles.AccountManager => managers.Where(u => u.Id == viewer.UserId),
            _ => managers.Where(_ => false),
        };
    }

    public static IQueryable<VisitPlan> VisibleTo(this IQueryable<VisitPlan> plans, CrmDbContext db, Viewer viewer)
    {
        var owners = db.PlanOwnersVisibleTo(viewer);
        return plans.Where(p => owners.Any(o => o.Id == p.UserId));
    }

    /// <summary>Only the plan's own account manager changes it: a market manager reads, and so does everyone else.</summary>
    public static bool CanChangePlansOf(this Viewer viewer, int ownerId) =>
        viewer.Role == Roles.AccountManager && viewer.UserId == ownerId;
}
