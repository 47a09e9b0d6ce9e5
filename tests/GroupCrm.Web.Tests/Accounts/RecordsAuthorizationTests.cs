using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Accounts.RecordsPages;

namespace GroupCrm.Web.Tests.Accounts;

/// <summary>
/// Every HQ record, contact and store route, GET and POST, for people outside the account: another
/// account manager and another district's market manager get 404; the marketing centre sees the
/// account but gets 403 on every change. Each POST carries valid fields, so only the check stops it.
/// </summary>
public sealed class RecordsAuthorizationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>, IAsyncLifetime
{
    private int _account, _contact, _store, _category;

    public async Task InitializeAsync()
    {
        _account = await AccountOfAsync(factory, "am.west1", 0);
        _category = await CategoryAsync(factory, "SUPER");
        await using var db = factory.CreateDbContext();
        _contact = await db.BuyerContacts.Where(c => c.AccountId == _account).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        _store = await db.Stores.Where(s => s.AccountId == _account && s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private string[] FormPages =>
    [
        $"/Accounts/{_account}/Edit", $"/Accounts/{_account}/Contacts/Add", $"/Accounts/{_account}/Contacts/{_contact}/Edit",
        $"/Accounts/{_account}/Stores/Add", $"/Accounts/{_account}/Stores/{_store}/Edit", $"/Accounts/{_account}/Stores/Import",
    ];

    private (string Url, Dictionary<string, string> Fields)[] Posts =>
    [
        ($"/Accounts/{_account}/Edit", HqFields("越权", "0")),
        ($"/Accounts/{_account}/Contacts/Add", ContactFields("越权", "x@chain.example")),
        ($"/Accounts/{_account}/Contacts/{_contact}/Edit", ContactFields("越权", "x@chain.example")),
        ($"/Accounts/{_account}/Contacts/{_contact}/Edit?handler=Remove", new() { ["version"] = "0" }),
        ($"/Accounts/{_account}/Stores/Add", StoreFields(_category, "越权店", "330102777001")),
        ($"/Accounts/{_account}/Stores/{_store}/Edit", StoreFields(_category, "越权店", "330102777002")),
        ($"/Accounts/{_account}/Stores/{_store}/Edit?handler=Deactivate", new() { ["version"] = "0" }),
        ($"/Accounts/{_account}/Stores/{_store}/Edit?handler=Reactivate", new() { ["version"] = "0" }),
        ($"/Accounts/{_account}/Stores/Import?handler=Commit", new() { ["handOff"] = "x" }),
    ];

    [Theory]
    [InlineData("am.west2")]
    [InlineData("mm.east")]
    public async Task Outsiders_get_404_on_every_route_and_change_nothing(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);
        var before = await SnapshotAsync();

        foreach (var url in FormPages.Append($"/Accounts/{_account}/Stores"))
            (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        foreach (var (url, fields) in Posts)
            (await client.PostFormAsync(url, fields, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        (await client.PostFileAsync($"/Accounts/{_account}/Stores/Import", "file", "s.csv",
            Csv("name,category,retail_licence_number", "店,SUPER,330102777003"), "text/csv", formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_marketing_centre_sees_the_stores_but_gets_403_on_every_change()
    {
        var client = await factory.SignedInClientAsync("approver");
        var before = await SnapshotAsync();

        var list = await TextAsync(await client.GetAsync($"/Accounts/{_account}/Stores"));
        foreach (var url in FormPages)
            (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        foreach (var (url, fields) in Posts)
            (await client.PostFormAsync(url, fields, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);

        list.ShouldContain("data-testid=\"stores-table\"");
        list.ShouldNotContain("data-testid=\"add-store\"");
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_account_page_shows_hq_and_stores_to_all_who_see_it_and_edit_links_only_to_those_who_may_edit()
    {
        var approver = await TextAsync(await (await factory.SignedInClientAsync("approver")).GetAsync($"/Accounts/{_account}"));
        var manager = await TextAsync(await (await factory.SignedInClientAsync("am.west1")).GetAsync($"/Accounts/{_account}"));

        foreach (var page in new[] { approver, manager })
        {
            page.ShouldContain("data-testid=\"account-hq\"");
            page.ShouldContain("data-testid=\"contact\"");
            page.ShouldContain("data-testid=\"store-counts\"");
            page.ShouldContain($"/Accounts/{_account}/Stores\"");
        }
        approver.ShouldNotContain($"/Accounts/{_account}/Edit\"");
        approver.ShouldNotContain($"/Accounts/{_account}/Stores/Import\"");
        manager.ShouldContain($"/Accounts/{_account}/Edit\"");
        manager.ShouldContain($"/Accounts/{_account}/Contacts/{_contact}/Edit\"");
        manager.ShouldContain($"/Accounts/{_account}/Stores/Import\"");
    }

    [Fact]
    public async Task The_accounts_own_manager_cannot_reach_a_contact_or_store_of_another_account_through_its_route()
    {
        var client = await factory.SignedInClientAsync("am.west1");
        var own = await AccountOfAsync(factory, "am.west1", 1);

        (await client.GetAsync($"/Accounts/{own}/Contacts/{_contact}/Edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"/Accounts/{own}/Stores/{_store}/Edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var post = await client.PostFormAsync($"/Accounts/{own}/Stores/{_store}/Edit?handler=Deactivate", new() { ["version"] = "0" }, formPage: "/");
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var db = factory.CreateDbContext();
        (await db.Stores.Where(s => s.Id == _store).Select(s => s.IsActive).SingleAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task The_district_market_manager_may_open_every_form()
    {
        var client = await factory.SignedInClientAsync("mm.west");

        foreach (var url in FormPages)
            (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);
    }

    /// <summary>The account's HQ name, contacts and stores as they are: equal before and after means nothing was written.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = factory.CreateDbContext();
        var account = await db.Accounts.Where(a => a.Id == _account).Select(a => new { a.Name, a.Version }).SingleAsync();
        var contacts = await db.BuyerContacts.Where(c => c.AccountId == _account).OrderBy(c => c.Id).Select(c => c.Id + c.Name + c.Email).ToListAsync();
        var stores = await db.Stores.Where(s => s.AccountId == _account).OrderBy(s => s.Id).Select(s => s.Id + s.Name + s.IsActive).ToListAsync();
        var count = await db.Stores.CountAsync();
        return $"{account.Name}|{account.Version}|{string.Join(",", contacts)}|{string.Join(",", stores)}|{count}";
    }
}
