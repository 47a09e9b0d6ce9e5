using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Letters.Bulletins;

/// <summary>
/// Who reads and writes bulletins. Managers read their own district's, the marketing centre and administrators
/// every district's. The district's market manager writes them; an administrator may too, so that a district
/// whose market manager has left is not without a bulletin.
/// </summary>
public static class BulletinAccess
{
    public static bool MayReadBulletins(this Viewer viewer, int districtId) =>
        viewer.SeesEverything || (Roles.NeedsDistrict(viewer.Role) && viewer.DistrictId == districtId);

    public static bool MayWriteBulletins(this Viewer viewer, int districtId) =>
        viewer.Role == Roles.Administrator || (viewer.Role == Roles.MarketManager && viewer.DistrictId == districtId);

    public static IQueryable<MarketBulletin> VisibleTo(this IQueryable<MarketBulletin> bulletins, Viewer viewer) =>
        viewer.SeesEverything ? bulletins
        : Roles.NeedsDistrict(viewer.Role) && viewer.DistrictId is { } district ? bulletins.Where(b => b.DistrictId == district)
        : bulletins.Where(_ => false);
}
