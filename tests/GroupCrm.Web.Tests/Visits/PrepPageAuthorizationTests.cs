using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Visits.PrepPages;

namespace GroupCrm.Web.Tests.Visits;

/// <summary>
/// The prep sheet is read by whoever sees the account, and every other request is a plain 404: another
/// manager's chain, another district's chain, a store of another chain, and query strings that are not ids.
/// </summary>
public sealed class PrepPageAuthorizationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task An_account_manager_gets_404_for_another_manager_s_account_and_its_stores()
    {
        var other = await ActiveAccountOfAsync(factory, "am.east2");
        var otherStore = await StoreOfAsync(factory, other);
        var client = await factory.SignedInClientAsync("am.east1");

        (await client.GetAsync(Url(other))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(Url(other, otherStore))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_market_manager_gets_404_for_an_account_of_another_district()
    {
        var west = await ActiveAccountOfAsync(factory, "am.west1");
        var client = await factory.SignedInClientAsync("mm.east");

        (await client.GetAsync(Url(west))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(Url(west, await StoreOfAsync(factory, west)))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.east")]
    [InlineData("admin")]
    public async Task A_store_of_another_account_in_the_query_gives_404_even_with_an_account_the_viewer_sees(string userName)
    {
        var own = await ActiveAccountOfAsync(factory, "am.east1");
        var strange = await StoreOfAsync(factory, await ActiveAccountOfAsync(factory, "am.east2"));
        var client = await factory.SignedInClientAsync(userName);

        (await client.GetAsync(Url(own))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync(Url(own, strange))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("accountId=abc")]
    [InlineData("accountId=-1")]
    [InlineData("accountId=0")]
    [InlineData("accountId=99999999999")]
    [InlineData("accountId=1e3")]
    [InlineData("accountId=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("accountId={own}%27%20OR%201%3D1--")]
    [InlineData("accountId={own}&storeId=abc")]
    [InlineData("accountId={own}&storeId=-7")]
    [InlineData("accountId={own}&storeId=2147483648")]
    [InlineData("accountId={own}&storeId=%00")]
    [InlineData("storeId={store}")]
    public async Task Query_strings_that_are_not_ids_of_a_visible_account_and_its_store_give_404(string query)
    {
        var own = await ActiveAccountOfAsync(factory, "am.east1");
        var store = await StoreOfAsync(factory, own);
        var client = await factory.SignedInClientAsync("am.east1");

        var response = await client.GetAsync("/Visits/Prep?" + query.Replace("{own}", own.ToString()).Replace("{store}", store.ToString()));

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, query);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var own = await ActiveAccountOfAsync(factory, "am.east1");

        var response = await factory.CreateBrowserLikeClient().GetAsync(Url(own));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
    }
}
