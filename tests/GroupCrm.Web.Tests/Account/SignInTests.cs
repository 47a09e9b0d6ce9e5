using System.Net;
using GroupCrm.Core.DemoData;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Account;

public sealed class SignInTests(CrmWebFactory app) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task A_demo_user_signs_in_and_lands_on_the_dashboard()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = "am.east1", ["Password"] = DemoLogins.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("GroupCrm.Auth=", StringComparison.Ordinal));
        cookie.ShouldContain("secure");
        cookie.ShouldContain("httponly");
        (await client.GetStringAsync("/")).ShouldContain("data-testid=\"signed-in-as\"");
    }

    [Theory]
    [InlineData("am.east1", "wrong-password-123")]
    [InlineData("nobody.here", "wrong-password-123")]
    public async Task A_wrong_password_or_an_unknown_user_gets_the_same_clear_message(string user, string password)
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = user, ["Password"] = password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The user name or password is wrong.");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var client = app.CreateBrowserLikeClient();
        for (var i = 0; i < 5; i++)
            await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = "am.north3", ["Password"] = $"not-the-password-{i}" });

        var response = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = "am.north3", ["Password"] = DemoLogins.Password });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("this account is locked for 15 minutes");
        await using var db = app.CreateDbContext();
        var user = await db.Users.SingleAsync(u => u.UserName == "am.north3");
        user.LockoutEnd.ShouldNotBeNull();
        user.LockoutEnd.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task Over_long_fields_are_refused_with_a_message()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = new string('x', 5000), ["Password"] = new string('y', 5000) });

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("The user name is too long.");
        html.ShouldContain("The password is too long.");
    }

    [Fact]
    public async Task Empty_fields_are_refused_with_a_message()
    {
        var client = app.CreateBrowserLikeClient();
        var html = await (await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = "", ["Password"] = "" })).Content.ReadAsStringAsync();

        html.ShouldContain("Enter your user name.");
        html.ShouldContain("Enter your password.");
    }

    [Fact]
    public async Task A_forged_antiforgery_token_is_refused_with_a_clear_page()
    {
        var client = app.CreateBrowserLikeClient();
        await client.GetAsync("/Account/SignIn");
        var response = await client.PostAsync("/Account/SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = DemoLogins.Password, ["__RequestVerificationToken"] = "forged",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("The request could not be accepted");
    }

    [Fact]
    public async Task A_return_url_to_another_site_is_ignored()
    {
        var client = app.CreateBrowserLikeClient();
        var response = await client.PostFormAsync("/Account/SignIn?ReturnUrl=https%3A%2F%2Fevil.example%2F",
            new() { ["UserName"] = "am.east2", ["Password"] = DemoLogins.Password, ["ReturnUrl"] = "https://evil.example/" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.SignedInClientAsync("mm.east");
        var response = await client.PostFormAsync("/Account/SignOut", []);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task In_tests_and_production_the_sign_in_page_does_not_list_the_demo_accounts()
    {
        var html = await app.CreateBrowserLikeClient().GetStringAsync("/Account/SignIn");
        html.ShouldNotContain("demo-accounts");
        html.ShouldNotContain(DemoLogins.Password);
    }
}
