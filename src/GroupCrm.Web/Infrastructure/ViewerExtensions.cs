using System.Globalization;
using System.Security.Claims;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Web.Infrastructure;

public static class ViewerExtensions
{
    /// <summary>The signed-in user as Core sees them. Pages pass this to every query that must be scoped.</summary>
    public static Viewer ToViewer(this ClaimsPrincipal user)
    {
        var id = int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var role = Roles.All.FirstOrDefault(user.IsInRole) ?? "";
        var district = user.FindFirstValue(CrmClaimsPrincipalFactory.DistrictClaim);
        return new Viewer(id, role, district is null ? null : int.Parse(district, CultureInfo.InvariantCulture));
    }

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(CrmClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";
}
