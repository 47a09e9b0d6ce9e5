using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.Recording;

public sealed record PersonChoice(int Id, string Name);

/// <summary>
/// Who may own a follow-up of an account: the people who visit it, that is its account manager and the
/// district's market managers (in service), and the visitor who agreed it.
/// </summary>
public static class FollowUpOwners
{
    public const string NotAnOwnerMessage =
        "The owner must be someone who visits this account: its account manager or the district's market manager.";

    public static async Task<IReadOnlyList<PersonChoice>> ForAccountAsync(CrmDbContext db, AccountScope account, int visitorId, CancellationToken ct)
    {
        var marketManagers = db.UserRoles
            .Join(db.Roles.Where(r => r.Name == Roles.MarketManager), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == visitorId
                || (!u.IsDisabled && (u.Id == account.AccountManagerId || (u.DistrictId == account.DistrictId && marketManagers.Contains(u.Id)))))
            .OrderBy(u => u.Id == visitorId ? 0 : 1).ThenBy(u => u.DisplayName)
            .Select(u => new PersonChoice(u.Id, u.DisplayName))
            .ToListAsync(ct);
    }
}
