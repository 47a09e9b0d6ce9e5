using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// Who reads which notices: MarketingCenter and Administrator all; a market manager those of their district's
/// rounds; an account manager only their own accounts' notices (HQ and stores), whatever the round.
/// </summary>
internal static class NoticeAccess
{
    public static IQueryable<AllocationNotice> VisibleTo(this IQueryable<AllocationNotice> notices, CrmDbContext db, Viewer viewer) => viewer.Role switch
    {
        Roles.Administrator or Roles.MarketingCenter => notices,
        Roles.MarketManager => notices.Where(n => db.AllocationRounds.Any(r => r.Id == n.RoundId && r.DistrictId == viewer.DistrictId)),
        Roles.AccountManager => notices.Where(n => db.Accounts.Any(a => a.Id == n.AccountId && a.AccountManagerId == viewer.UserId)),
        _ => notices.Where(_ => false),
    };

    /// <summary>An account manager reads a round only for its lines of their accounts, and then only those lines.</summary>
    public static bool SeesOnlyOwnAccounts(this Viewer viewer) => viewer.Role == Roles.AccountManager;
}
