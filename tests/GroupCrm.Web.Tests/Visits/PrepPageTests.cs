using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Visits.PrepPages;

namespace GroupCrm.Web.Tests.Visits;

/// <summary>The prep sheet page on the demo data: every section, the way to record the visit, and a layout that fits a phone.</summary>
public sealed class PrepPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static readonly string[] Sections =
        ["prep-header", "prep-last-visits", "prep-follow-ups", "prep-sales", "prep-shelf", "prep-allocation", "prep-news"];

    [Fact]
    public async Task A_store_prep_sheet_shows_the_store_s_visits_shelf_and_sales_and_links_to_recording_this_visit()
    {
        var (account, store, name) = await CheckedStoreAsync(factory, "am.east1");
        var client = await factory.SignedInClientAsync("am.east1");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Url(account, store)));

        foreach (var section in Sections) html.ShouldContain($"data-testid=\"{section}\"");
        html.ShouldContain(name);
        Count(html, "data-testid=\"prep-visit\"").ShouldBeInRange(1, 2);
        Count(html, "data-testid=\"prep-shelf-product\"").ShouldBeInRange(3, 6);
        Count(html, "data-testid=\"prep-sales-month\"").ShouldBe(3);
        html.ShouldContain("data-testid=\"prep-top-product\"");
        html.ShouldContain($"href=\"/Visits/New?accountId={account}&storeId={store}&kind=Store\"");
        html.ShouldNotContain("<partial");
    }

    [Fact]
    public async Task An_HQ_prep_sheet_offers_the_account_s_stores_and_records_an_HQ_visit()
    {
        var account = await ActiveAccountOfAsync(factory, "am.east1");
        var client = await factory.SignedInClientAsync("am.east1");
        await using var db = factory.CreateDbContext();
        var stores = await db.Stores.CountAsync(s => s.AccountId == account && s.IsActive);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Url(account)));

        html.ShouldContain("data-testid=\"prep-store-picker\"");
        Count(html, "<option value=\"").ShouldBe(stores + 1); // the stores and "HQ visit (no store)"
        html.ShouldContain("data-testid=\"prep-shelf-hq\"");
        html.ShouldMatch($"href=\"/Visits/New\\?accountId={account}&kind=Hq(&appointmentId=\\d+)?\"");
    }

    [Fact]
    public async Task Without_an_account_the_page_offers_only_the_viewer_s_accounts_in_business()
    {
        var client = await factory.SignedInClientAsync("am.east1");
        await using var db = factory.CreateDbContext();
        var mine = await db.Accounts.Where(a => a.AccountManager!.UserName == "am.east1"
            && (a.State == Core.Onboarding.AccountState.Active || a.State == Core.Onboarding.AccountState.Suspended)).Select(a => a.Id).ToListAsync();

        var html = await client.GetStringAsync("/Visits/Prep");

        html.ShouldContain("data-testid=\"prep-account-picker\"");
        Count(html, "<option value=\"").ShouldBe(mine.Count);
        foreach (var id in mine) html.ShouldContain($"<option value=\"{id}\"");
    }

    [Fact]
    public async Task The_page_fits_a_phone_every_table_scrolls_inside_its_own_wrapper_and_no_inline_style_is_used()
    {
        var (account, store, _) = await CheckedStoreAsync(factory, "am.east1");
        var client = await factory.SignedInClientAsync("am.east1");

        foreach (var url in new[] { Url(account, store), Url(account) })
        {
            var html = await client.GetStringAsync(url);
            html.ShouldContain("name=\"viewport\" content=\"width=device-width, initial-scale=1\"");
            Count(html, "<table").ShouldBe(Count(html, "class=\"table-responsive\""));
            html.ShouldNotContain(" style=\"");
            html.ShouldContain("data-testid=\"visits-sections\""); // the visits tabs under the title
        }
    }

    [Fact]
    public async Task The_marketing_centre_reads_the_sheet_without_a_record_button_and_the_market_manager_may_record()
    {
        var (account, store, _) = await CheckedStoreAsync(factory, "am.east1");

        var read = await (await factory.SignedInClientAsync("approver")).GetAsync(Url(account, store));
        var district = await (await factory.SignedInClientAsync("mm.east")).GetStringAsync(Url(account, store));

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await read.Content.ReadAsStringAsync()).ShouldNotContain("data-testid=\"record-visit\"");
        district.ShouldContain("data-testid=\"record-visit\"");
    }

    [Fact]
    public async Task The_account_page_links_to_its_prep_sheet()
    {
        var account = await ActiveAccountOfAsync(factory, "am.east1");
        var client = await factory.SignedInClientAsync("am.east1");

        var html = await client.GetStringAsync($"/Accounts/{account}");

        html.ShouldContain($"href=\"/Visits/Prep?accountId={account}\"");
    }
}
