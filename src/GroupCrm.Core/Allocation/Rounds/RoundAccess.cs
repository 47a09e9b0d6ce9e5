using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>
/// Who sees and changes rounds. A round belongs to a district: its market manager (or an administrator) runs it,
/// MarketingCenter alone decides on it. An account manager sees a round only when one of their accounts has a
/// line in it, and then only those lines; every other viewer outside the district gets a 404.
/// </summary>
public static class RoundAccess
{
    public static IQueryable<AllocationRound> VisibleTo(this IQueryable<AllocationRound> rounds, CrmDbContext db, Viewer viewer) => viewer.Role switch
    {
        Roles.Administrator or Roles.MarketingCenter => rounds,
        Roles.MarketManager => rounds.Where(r => r.DistrictId == viewer.DistrictId),
        Roles.AccountManager => rounds.Where(r => db.RoundLines.Any(l => l.RoundId == r.Id
            && db.Accounts.Any(a => a.Id == l.AccountId && a.AccountManagerId == viewer.UserId))),
        _ => rounds.Where(_ => false),
    };

    /// <summary>The lines the viewer may read: all of them, but for an account manager only their accounts'.</summary>
    public static IQueryable<RoundLine> VisibleTo(this IQueryable<RoundLine> lines, CrmDbContext db, Viewer viewer) =>
        viewer.Role == Roles.AccountManager
            ? lines.Where(l => db.Accounts.Any(a => a.Id == l.AccountId && a.AccountManagerId == viewer.UserId))
            : lines;

    /// <summary>Creates, edits, overrides, submits and revises the district's rounds.</summary>
    public static bool CanRun(this Viewer viewer, int districtId) =>
        viewer.Role == Roles.Administrator || (viewer.Role == Roles.MarketManager && viewer.DistrictId == districtId);

    /// <summary>May start a round somewhere at all (the "New round" button).</summary>
    public static bool CanRunRounds(this Viewer viewer) => viewer.Role is Roles.Administrator or Roles.MarketManager;

    /// <summary>Approves or sends back: MarketingCenter only, not an administrator (the approval is a business decision).</summary>
    public static bool CanDecide(this Viewer viewer) => viewer.Role == Roles.MarketingCenter;
}
