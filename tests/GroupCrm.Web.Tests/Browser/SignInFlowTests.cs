using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>The main flow of the shell in a real browser: sign in, role-based menu, language switch, access denied.</summary>
public sealed class SignInFlowTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_wrong_password_shows_the_error_and_keeps_the_person_on_the_sign_in_page()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/SignIn");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to GroupCrm" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sign-in-error")).ToBeHiddenAsync();
        await Screenshots.SaveAsync(page, "sign-in");

        await page.SubmitSignInAsync("am.north3", "not-the-password");

        await Expect(page.GetByTestId("sign-in-error")).ToContainTextAsync("The user name or password is wrong.");
        await Expect(page.GetByTestId("signed-in-as")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "sign-in-wrong-password");
    }

    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task An_account_manager_sees_their_menu_and_switches_to_Chinese_and_back(string viewportName)
    {
        var viewport = Viewport.Named(viewportName);
        await using var context = await browser.NewContextAsync(viewport);
        var page = await context.NewPageAsync();

        await page.SignInAsync("am.east1");
        await page.OpenMenuIfCollapsedAsync();
        var menu = page.GetByTestId("main-nav");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Letters", Exact = true })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true })).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("杨帆 Yang Fan");
        await Expect(page.Locator("h1")).ToContainTextAsync("Dashboard");
        await Screenshots.SaveAsync(page, $"account-manager-dashboard-en-{viewport}");

        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(page.Locator("h1")).ToContainTextAsync("首页");
        await page.OpenMenuIfCollapsedAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "退出登录" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "集团客户", Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, $"account-manager-dashboard-zh-{viewport}");

        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("h1")).ToContainTextAsync("Dashboard");
        new Uri(page.Url).AbsolutePath.ShouldBe("/");
    }

    [Fact]
    public async Task An_administrator_opens_the_user_list_from_the_menu()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GetByTestId("main-nav").GetByRole(AriaRole.Button, new() { Name = "Administration" }).ClickAsync();
        var usersLink = page.GetByTestId("main-nav").GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true });
        await Expect(usersLink).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "administrator-dashboard");

        await usersLink.ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("Users");
        await Expect(page.GetByTestId("user-row").Filter(new() { HasText = "am.east1" })).ToBeVisibleAsync();
        new Uri(page.Url).AbsolutePath.ShouldStartWith("/Admin/Users");
        await Screenshots.SaveAsync(page, "administrator-users");
    }

    [Fact]
    public async Task An_account_manager_opening_the_user_administration_gets_the_access_denied_page()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east2");

        var response = await page.GotoAsync("/Admin/Users");

        response.ShouldNotBeNull().Status.ShouldBe(403);
        await Expect(page.GetByText("Your role does not give access to this page.")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("users-table")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "account-manager-access-denied");
    }
}
