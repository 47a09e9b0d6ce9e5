using System.Net;
using GroupCrm.Web.Tests.Infrastructure;

namespace GroupCrm.Web.Tests.Shell;

public sealed class NavigationTests(CrmWebFactory app) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("admin", new[] { "Accounts", "Users", "Mail outbox" }, new string[0])]
    [InlineData("approver", new[] { "Accounts", "Allocations" }, new[] { "Users", "Visits" })]
    [InlineData("mm.west", new[] { "Accounts", "Visits", "Allocations" }, new[] { "Users" })]
    [InlineData("am.west1", new[] { "Accounts", "Visits", "Letters", "Allocations" }, new[] { "Users", "Mail outbox" })]
    public async Task Each_role_sees_its_own_menu(string user, string[] shown, string[] hidden)
    {
        var client = await app.SignedInClientAsync(user);
        var nav = MainNav(await client.GetStringAsync("/"));

        foreach (var item in shown) nav.ShouldContain($">{item}</a>");
        foreach (var item in hidden) nav.ShouldNotContain($">{item}</a>");
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.east")]
    [InlineData("approver")]
    public async Task Only_administrators_open_the_admin_pages(string user)
    {
        var client = await app.SignedInClientAsync(user);
        var response = await client.GetAsync("/Admin/Users");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Your role does not give access to this page.");
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/Admin/Users");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/SignIn");
    }

    [Theory]
    [InlineData("am.east1", "Drafts to submit")]
    [InlineData("mm.east", "Account managers in the district")]
    [InlineData("approver", "Awaiting your approval")]
    [InlineData("admin", "Disabled users")]
    public async Task The_dashboard_shows_the_tiles_of_the_role(string user, string tile)
    {
        var client = await app.SignedInClientAsync(user);
        (await client.GetStringAsync("/")).ShouldContain(tile);
    }

    private static string MainNav(string html)
    {
        var start = html.IndexOf("data-testid=\"main-nav\"", StringComparison.Ordinal);
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }
}
