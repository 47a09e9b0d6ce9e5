using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GroupCrm.Web.Pages.Account;

/// <summary>Shown (with status 403) when a signed-in user opens a page their role may not see.</summary>
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
