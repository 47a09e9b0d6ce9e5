using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding;

/// <summary>What a handler needs to decide whether a viewer may see or change one account.</summary>
public sealed record AccountScope(int Id, string Name, int DistrictId, int AccountManagerId, AccountState State);

/// <summary>
/// Resource checks for every account route: an account the viewer may not see is reported as not
/// found (404, so ids reveal nothing); one they see but may not change gives 403.
/// </summary>
public static class AccountAccess
{
    public static Task<AccountScope?> FindVisibleAsync(this CrmDbContext db, Viewer viewer, int accountId, CancellationToken ct = default) =>
        db.Accounts.VisibleTo(viewer).Where(a => a.Id == accountId)
            .Select(a => new AccountScope(a.Id, a.Name, a.DistrictId, a.AccountManagerId, a.State))
            .SingleOrDefaultAsync(ct);

    /// <summary>HQ record, contacts, stores and documents: the account's manager, the district's market manager, an administrator.</summary>
    public static bool CanEditRecords(this Viewer viewer, AccountScope account) => viewer.Role switch
    {
        Roles.Administrator => true,
        Roles.MarketManager => account.DistrictId == viewer.DistrictId,
        Roles.AccountManager => account.AccountManagerId == viewer.UserId,
        _ => false,
    };
}
