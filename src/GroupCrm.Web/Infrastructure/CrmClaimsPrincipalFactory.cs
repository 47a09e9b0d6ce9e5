using System.Security.Claims;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GroupCrm.Web.Infrastructure;

/// <summary>Puts the display name and district in the sign-in cookie, so pages need no lookup to scope their queries.</summary>
public sealed class CrmClaimsPrincipalFactory(UserManager<CrmUser> users, RoleManager<IdentityRole<int>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<CrmUser, IdentityRole<int>>(users, roles, options)
{
    public const string DisplayNameClaim = "groupcrm:display_name";
    public const string DistrictClaim = "groupcrm:district";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(CrmUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.DistrictId is { } district)
            identity.AddClaim(new Claim(DistrictClaim, district.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return identity;
    }
}
