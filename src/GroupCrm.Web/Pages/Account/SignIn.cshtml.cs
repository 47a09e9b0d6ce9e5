using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Account;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<CrmUser> signIn, IStringLocalizer<SharedResource> L, IWebHostEnvironment environment) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your user name."), StringLength(256, ErrorMessage = "The user name is too long.")]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter your password."), StringLength(256, ErrorMessage = "The password is too long.")]
    [DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool ShowDemoAccounts => environment.IsDevelopment();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await signIn.UserManager.FindByNameAsync(UserName);
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");

        ModelState.AddModelError("", await FailureMessage(user, result));
        return Page();
    }

    // Say why only when it tells a guesser nothing: "disabled" only after the right password.
    private async Task<string> FailureMessage(CrmUser? user, Microsoft.AspNetCore.Identity.SignInResult result)
    {
        if (result.IsLockedOut) return L["Too many failed attempts: this account is locked for 15 minutes."];
        if (result.IsNotAllowed && user is not null && await signIn.UserManager.CheckPasswordAsync(user, Password))
            return L["This account is disabled. Ask your administrator."];
        return L["The user name or password is wrong."];
    }
}
