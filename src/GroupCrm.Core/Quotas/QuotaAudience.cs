using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Quotas;

/// <summary>
/// Whose quotas a viewer may see: an account manager only their own; a market manager their own and those of
/// their district's account managers; MarketingCenter and Administrator every account manager and market manager.
/// Disabled users have no quotas. A person outside the audience does not exist for the viewer (404).
/// </summary>
public sealed class QuotaAudience(CrmDbContext db)
{
    /// <summary>The visible people, by district, market manager first, then by name; <paramref name="districtId"/> narrows to one district.</summary>
    public async Task<IReadOnlyList<QuotaPerson>> VisibleToAsync(Viewer viewer, int? districtId = null, CancellationToken ct = default)
    {
        var rows = await Visible(viewer, districtId, userId: null).ToListAsync(ct);
        return [.. rows
            .OrderBy(p => p.DistrictNameEn ?? p.DistrictName).ThenBy(p => p.DistrictId)
            .ThenBy(p => p.Role == Roles.MarketManager ? 0 : 1)
            .ThenBy(p => p.DisplayName, StringComparer.Ordinal).ThenBy(p => p.UserId)];
    }

    public async Task<QuotaPerson?> FindAsync(Viewer viewer, int userId, CancellationToken ct = default) =>
        await Visible(viewer, districtId: null, userId).FirstOrDefaultAsync(ct);

    private IQueryable<QuotaPerson> Visible(Viewer viewer, int? districtId, int? userId)
    {
        var people =
            from u in db.Users.AsNoTracking()
            where !u.IsDisabled
            from ur in db.UserRoles.Where(ur => ur.UserId == u.Id)
            from r in db.Roles.Where(r => r.Id == ur.RoleId && (r.Name == Roles.AccountManager || r.Name == Roles.MarketManager))
            select new { User = u, Role = r.Name! };
        people = viewer.Role switch
        {
            Roles.Administrator or Roles.MarketingCenter => people,
            Roles.MarketManager => people.Where(p => p.User.Id == viewer.UserId
                || (p.Role == Roles.AccountManager && p.User.DistrictId != null && p.User.DistrictId == viewer.DistrictId)),
            Roles.AccountManager => people.Where(p => p.User.Id == viewer.UserId),
            _ => people.Where(_ => false),
        };
        if (districtId is not null) people = people.Where(p => p.User.DistrictId == districtId);
        if (userId is not null) people = people.Where(p => p.User.Id == userId);
        return people.Select(p => new QuotaPerson(p.User.Id, p.User.DisplayName, p.Role, p.User.DistrictId,
            p.User.District == null ? null : p.User.District.Name)
        { DistrictNameEn = p.User.District == null ? null : p.User.District.NameEn });
    }
}
