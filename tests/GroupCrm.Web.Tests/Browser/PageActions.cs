using GroupCrm.Core.DemoData;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>What a person does on every page: sign in through the form, open the collapsed phone menu.</summary>
public static class PageActions
{
    public static async Task SubmitSignInAsync(this IPage page, string userName, string password = DemoLogins.Password)
    {
        await page.GotoAsync("/Account/SignIn");
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    /// <summary>Signs in and waits for the dashboard, where a successful sign-in lands.</summary>
    public static async Task SignInAsync(this IPage page, string userName)
    {
        await page.SubmitSignInAsync(userName);
        await Expect(page.GetByTestId("signed-in-as")).ToBeAttachedAsync();
        new Uri(page.Url).AbsolutePath.ShouldBe("/");
    }

    /// <summary>Below the navbar's breakpoint the menu hides behind the toggler; open it so its items can be used.</summary>
    public static async Task OpenMenuIfCollapsedAsync(this IPage page)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (!await toggler.IsVisibleAsync()) return;
        await toggler.ClickAsync();
        // Bootstrap adds "show" once the slide-down has finished, so screenshots never catch it half open.
        await Expect(page.Locator("#main-nav")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bshow\b"));
    }
}
