using System.Net;
using System.Text.Json;
using GroupCrm.Web.Tests.Infrastructure;

namespace GroupCrm.Web.Tests.Shell;

public sealed class HealthAndHeadersTests(CrmWebFactory app) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task Health_reports_the_database_and_the_scheduler_without_signing_in()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("status").GetString().ShouldBe("Healthy");
        var checks = json.RootElement.GetProperty("checks");
        checks.GetProperty("database").GetProperty("status").GetString().ShouldBe("Healthy");
        checks.EnumerateObject().ShouldContain(c => c.Name.Contains("quartz") && c.Value.GetProperty("status").GetString() == "Healthy");
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await app.CreateBrowserLikeClient().GetAsync("/Account/SignIn");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("same-origin");
    }

    [Fact]
    public async Task An_unknown_page_gets_a_sentence_not_an_empty_response()
    {
        var client = await app.SignedInClientAsync("am.east1");
        var response = await client.GetAsync("/No/Such/Page");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("There is no such page");
    }
}
