using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GroupCrm.Web.Infrastructure;

/// <summary>Identity's sign-in manager, plus: a disabled user can neither sign in nor stay signed in.</summary>
public sealed class CrmSignInManager(
    UserManager<CrmUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<CrmUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<CrmUser>> logger,
    IAuthenticationSchemeProvider schemes, IUserConfirmation<CrmUser> confirmation)
    : SignInManager<CrmUser>(users, context, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(CrmUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(CrmUser? user, string? securityStamp) =>
        user is { IsDisabled: false } && await base.ValidateSecurityStampAsync(user, securityStamp);
}
