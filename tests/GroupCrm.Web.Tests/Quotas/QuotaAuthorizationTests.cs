using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Quotas.QuotaPages;

namespace GroupCrm.Web.Tests.Quotas;

/// <summary>
/// Whose quotas each role reaches: an account manager only their own, a market manager their district, the
/// marketing centre and the administrator everyone with quotas. Anyone else's page, and its CSV, is not found.
/// </summary>
public sealed class QuotaAuthorizationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("am.east1", "am.east2")] // a colleague of the same district
    [InlineData("am.east1", "am.west1")] // another district
    [InlineData("am.east1", "mm.east")] // their own market manager
    [InlineData("mm.east", "am.west1")] // another district's account manager
    [InlineData("mm.east", "mm.west")] // another market manager
    [InlineData("mm.east", "approver")] // the marketing centre has no quotas
    [InlineData("admin", "admin")] // nor has the administrator
    public async Task Someone_the_viewer_does_not_audit_is_not_found_nor_is_their_csv(string viewer, string person)
    {
        var client = await factory.SignedInClientAsync(viewer);
        var id = await UserIdAsync(factory, person);

        (await client.GetAsync($"/Quotas/Person/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Quotas/Person/{id}?handler=Csv")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = await client.GetAsync($"/Quotas/Person/{id}?month=2023-01");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound); // whatever the month: a bad month must not tell whether the person exists
        (await page.Content.ReadAsStringAsync()).ShouldContain("There is no such page, or it is not yours to see.");
    }

    [Theory]
    [InlineData("am.east1", "am.east1")]
    [InlineData("mm.east", "am.east1")]
    [InlineData("mm.east", "mm.east")]
    [InlineData("approver", "am.west2")]
    [InlineData("approver", "mm.north")]
    [InlineData("admin", "am.north3")]
    public async Task The_people_a_viewer_audits_open_with_their_figures(string viewer, string person)
    {
        var client = await factory.SignedInClientAsync(viewer);
        var id = await UserIdAsync(factory, person);

        var html = await HtmlAsync(await client.GetAsync($"/Quotas/Person/{id}"));

        html.ShouldContain("data-testid=\"rule-card\"");
        (await client.GetAsync($"/Quotas/Person/{id}?handler=Csv")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_person_who_does_not_exist_or_is_disabled_is_not_found()
    {
        var client = await factory.SignedInClientAsync("admin");
        (await client.GetAsync("/Quotas/Person/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/Quotas/Person/-1")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/Quotas/Person/abc")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var id = await UserIdAsync(factory, "am.north3");
        await using (var db = factory.CreateDbContext())
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, true));
        try
        {
            (await client.GetAsync($"/Quotas/Person/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            MatrixPeople(await HtmlAsync(await client.GetAsync("/Quotas"))).ShouldNotContain(id);
        }
        finally
        {
            await using var db = factory.CreateDbContext();
            await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsDisabled, false));
        }
    }

    [Fact]
    public async Task A_market_manager_sees_their_district_whatever_district_the_url_names()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var expected = (await JudgedAsync(factory, "mm.east", CurrentMonth(factory))).Select(p => p.Person.UserId).Order().ToList();
        await using var db = factory.CreateDbContext();
        var west = await db.Users.Where(u => u.UserName == "mm.west").Select(u => u.DistrictId).SingleAsync();

        var own = MatrixPeople(await HtmlAsync(await client.GetAsync("/Quotas")));
        var asked = MatrixPeople(await HtmlAsync(await client.GetAsync($"/Quotas?district={west}")));

        own.Order().ShouldBe(expected);
        asked.Order().ShouldBe(expected);
        own.ShouldContain(await UserIdAsync(factory, "mm.east"));
        own.Count.ShouldBe(4); // the market manager and the district's three account managers
    }

    [Fact]
    public async Task The_marketing_centre_sees_every_district_and_can_narrow_to_one()
    {
        var client = await factory.SignedInClientAsync("approver");
        await using var db = factory.CreateDbContext();
        var west = await db.Users.Where(u => u.UserName == "mm.west").Select(u => u.DistrictId).SingleAsync();
        var westPeople = (await JudgedAsync(factory, "mm.west", CurrentMonth(factory))).Select(p => p.Person.UserId).Order().ToList();

        MatrixPeople(await HtmlAsync(await client.GetAsync("/Quotas"))).Count.ShouldBe(12);
        MatrixPeople(await HtmlAsync(await client.GetAsync($"/Quotas?district={west}"))).Order().ShouldBe(westPeople);
        var unknown = await HtmlAsync(await client.GetAsync("/Quotas?district=999999"));
        unknown.ShouldContain("There is no such district: showing all districts.");
        MatrixPeople(unknown).Count.ShouldBe(12);
    }

    [Fact]
    public async Task An_account_manager_asking_for_the_matrix_is_sent_to_their_own_month()
    {
        var client = await factory.SignedInClientAsync("am.east1");
        var id = await UserIdAsync(factory, "am.east1");

        var response = await client.GetAsync("/Quotas?month=2026-03");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/Quotas/Person/{id}?month=2026-03");
        (await client.GetAsync("/Quotas?handler=Csv")).Headers.Location!.OriginalString.ShouldBe($"/Quotas/Person/{id}");
    }

    [Fact]
    public async Task Nobody_signed_out_reaches_the_quota_pages()
    {
        var client = factory.CreateBrowserLikeClient();
        foreach (var url in new[] { "/Quotas", "/Quotas/Person/1", "/Quotas/Rules", "/Quotas?handler=Csv" })
        {
            var response = await client.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
        }
    }
}
