using System.Net;
using GroupCrm.Web.Tests.Infrastructure;

namespace GroupCrm.Web.Tests.Account;

public sealed class RateLimitedWebFactory : CrmWebFactory
{
    protected override int SignInAttemptsPerMinute => 3;
}

public sealed class SignInRateLimitTests(RateLimitedWebFactory app) : IClassFixture<RateLimitedWebFactory>
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_429_with_a_message_while_pages_stay_open()
    {
        var client = app.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = "admin", ["Password"] = $"guess-number-{i}" })).StatusCode);

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(3).ShouldAllBe(s => s == (HttpStatusCode)429);
        var last = await client.PostFormAsync("/Account/SignIn", new() { ["UserName"] = "admin", ["Password"] = "x" });
        (await last.Content.ReadAsStringAsync()).ShouldContain("Too many attempts");
        (await client.GetAsync("/Account/SignIn")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
