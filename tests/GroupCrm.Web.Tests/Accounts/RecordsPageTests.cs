using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Accounts.RecordsPages;

namespace GroupCrm.Web.Tests.Accounts;

/// <summary>
/// The HQ record, buyer contact and store pages over HTTP on the demo data: what they write, what they
/// refuse and say, and the CSV import from upload to confirm. Each test works on its own chain.
/// </summary>
public sealed class RecordsPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task The_hq_record_is_saved_through_the_page_and_shown_escaped_on_the_account()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var id = await AccountOfAsync(factory, "am.east1", 0);
        var url = $"/Accounts/{id}/Edit";

        var response = await am.PostFormAsync(url, HqFields("杭州华联超市连锁", await FormVersionAsync(am, url)));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/Accounts/{id}");
        await using var db = factory.CreateDbContext();
        var account = await db.Accounts.SingleAsync(a => a.Id == id);
        (account.Name, account.OrderPhone, account.PlannedMonthlyVolume).ShouldBe(("杭州华联超市连锁", "0571-8888 1234", 1200m));
        var page = await TextAsync(await am.GetAsync(response.Headers.Location));
        page.ShouldContain("The HQ record was saved.");
        page.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        page.ShouldNotContain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_told_the_record_changed_and_the_first_save_is_kept()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var mm = await factory.SignedInClientAsync("mm.east");
        var id = await AccountOfAsync(factory, "am.east1", 1);
        var url = $"/Accounts/{id}/Edit";
        var version = await FormVersionAsync(am, url);

        (await mm.PostFormAsync(url, HqFields("市场经理先保存", version))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = await TextAsync(await am.PostFormAsync(url, HqFields("客户经理后保存", version)));

        second.ShouldContain("Someone else changed this record in the meantime. Reload the page and try again.");
        await using var db = factory.CreateDbContext();
        (await db.Accounts.Where(a => a.Id == id).Select(a => a.Name).SingleAsync()).ShouldBe("市场经理先保存");
    }

    [Fact]
    public async Task Bad_hq_input_is_shown_on_the_form_and_nothing_is_written()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var id = await AccountOfAsync(factory, "am.east1", 2);
        var url = $"/Accounts/{id}/Edit";
        var version = await FormVersionAsync(am, url);

        var badPhone = await TextAsync(await am.PostFormAsync(url, HqFields("连锁", version, phone: "call 0571")));
        var tooLong = await TextAsync(await am.PostFormAsync(url, HqFields(new string('长', 201), version)));
        var negativeFields = HqFields("连锁", version);
        negativeFields["Input.PlannedMonthlyVolume"] = "-1";
        var negative = await TextAsync(await am.PostFormAsync(url, negativeFields));

        WebUtility.HtmlDecode(badPhone).ShouldContain("A phone number may contain only digits, spaces and + - ( ).");
        tooLong.ShouldContain("The name can be at most 200 characters.");
        negative.ShouldContain("The planned monthly volume must be between 0 and 100,000,000.");
        (await FormVersionAsync(am, url)).ShouldBe(version);
    }

    [Fact]
    public async Task A_contact_with_a_bad_e_mail_is_refused_a_good_one_is_added_edited_and_removed()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var id = await AccountOfAsync(factory, "am.east1", 3);
        var add = $"/Accounts/{id}/Contacts/Add";

        var refused = await TextAsync(await am.PostFormAsync(add, ContactFields("李四", "李四 <li@x.cn>")));
        var added = await am.PostFormAsync(add, ContactFields("李四", "li.si@chain.example"));

        refused.ShouldContain("The e-mail address is not valid.");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.CreateDbContext();
        var contact = await db.BuyerContacts.SingleAsync(c => c.AccountId == id && c.Email == "li.si@chain.example");
        var edit = $"/Accounts/{id}/Contacts/{contact.Id}/Edit";
        var edited = await am.PostFormAsync(edit, ContactFields("李四", "si.li@chain.example", await FormVersionAsync(am, edit)));
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.BuyerContacts.AsNoTracking().SingleAsync(c => c.Id == contact.Id)).Email.ShouldBe("si.li@chain.example");
        var removed = await am.PostFormAsync(edit + "?handler=Remove", new() { ["version"] = await FormVersionAsync(am, edit) });
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.BuyerContacts.AnyAsync(c => c.Id == contact.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task Adding_a_store_with_a_licence_number_already_held_shows_the_holder_and_writes_nothing()
    {
        var am = await factory.SignedInClientAsync("am.east2");
        var id = await AccountOfAsync(factory, "am.east2", 0);
        await using var db = factory.CreateDbContext();
        var holder = await db.Stores.Where(s => s.AccountId != id).OrderBy(s => s.Id)
            .Select(s => new { s.RetailLicenceNumber, s.Name, Chain = s.Account!.Name }).FirstAsync();
        var before = await db.Stores.CountAsync();

        var page = await TextAsync(await am.PostFormAsync($"/Accounts/{id}/Stores/Add",
            StoreFields(await CategoryAsync(factory, "SUPER"), "新店", holder.RetailLicenceNumber)));

        page.ShouldContain($"The retail licence number {holder.RetailLicenceNumber} is already held by store {holder.Name} ({holder.Chain}).");
        (await db.Stores.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_store_is_added_listed_deactivated_filtered_and_reactivated()
    {
        var am = await factory.SignedInClientAsync("am.east2");
        var id = await AccountOfAsync(factory, "am.east2", 1);
        var added = await am.PostFormAsync($"/Accounts/{id}/Stores/Add", StoreFields(await CategoryAsync(factory, "CONV"), "测试 新华路店", "330102555001"));

        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await am.GetAsync(added.Headers.Location))).ShouldContain("The store 测试 新华路店 was added.");
        await using var db = factory.CreateDbContext();
        var store = await db.Stores.SingleAsync(s => s.RetailLicenceNumber == "330102555001");
        store.AccountId.ShouldBe(id);
        var edit = $"/Accounts/{id}/Stores/{store.Id}/Edit";

        var deactivated = await am.PostFormAsync(edit + "?handler=Deactivate", new() { ["version"] = await FormVersionAsync(am, edit) });

        deactivated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Stores.AsNoTracking().SingleAsync(s => s.Id == store.Id)).IsActive.ShouldBeFalse();
        var inactive = await TextAsync(await am.GetAsync($"/Accounts/{id}/Stores?Show=inactive&Text=新华路"));
        var active = await TextAsync(await am.GetAsync($"/Accounts/{id}/Stores?Show=active&Text=新华路"));
        inactive.ShouldContain("测试 新华路店");
        active.ShouldContain("No stores match these filters.");
        var reactivated = await am.PostFormAsync(edit + "?handler=Reactivate", new() { ["version"] = await FormVersionAsync(am, edit) });
        reactivated.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await db.Stores.AsNoTracking().SingleAsync(s => s.Id == store.Id)).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task An_import_is_previewed_then_confirmed_and_writes_its_adds_and_updates()
    {
        var am = await factory.SignedInClientAsync("am.east3");
        var id = await AccountOfAsync(factory, "am.east3", 0);
        await using var db = factory.CreateDbContext();
        var existing = await db.Stores.AsNoTracking().Where(s => s.AccountId == id).OrderBy(s => s.Id).FirstAsync();
        var url = $"/Accounts/{id}/Stores/Import";
        var csv = Csv(
            "name,category,retail_licence_number,address,contact,phone,estimated_monthly_sales",
            "\"华联 人民路店, 二号\",超市,330102666001,\"人民路 8 号, 2 楼\",王五,0571-88881234,\"120,000\"",
            $"改名的店,HYPER,{existing.RetailLicenceNumber},,,,");

        var preview = await TextAsync(await am.PostFileAsync(url, "file", "门店.csv", csv, "text/csv"));

        preview.ShouldContain("2 rows: 1 to add, 1 to update, 0 with errors.");
        preview.ShouldContain("华联 人民路店, 二号");
        (await db.Stores.AnyAsync(s => s.RetailLicenceNumber == "330102666001")).ShouldBeFalse();

        var confirmed = await am.PostFormAsync(url + "?handler=Commit", new() { ["handOff"] = HandOff(preview) });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await am.GetAsync(confirmed.Headers.Location))).ShouldContain("The import is done: 1 stores added, 1 updated.");
        (await db.Stores.SingleAsync(s => s.RetailLicenceNumber == "330102666001")).Name.ShouldBe("华联 人民路店, 二号");
        (await db.Stores.AsNoTracking().SingleAsync(s => s.Id == existing.Id)).Name.ShouldBe("改名的店");
    }

    [Fact]
    public async Task An_import_with_errors_lists_them_offers_no_confirm_and_writes_nothing()
    {
        var am = await factory.SignedInClientAsync("am.east3");
        var id = await AccountOfAsync(factory, "am.east3", 1);
        await using var db = factory.CreateDbContext();
        var before = await db.Stores.CountAsync();

        var preview = await TextAsync(await am.PostFileAsync($"/Accounts/{id}/Stores/Import", "file", "stores.csv",
            Csv("name,category,retail_licence_number", "<b>店</b>,FOO,330102667001", "店B,SUPER,330102667001"), "text/csv"));

        preview.ShouldContain("Unknown customer category FOO. Use one of HYPER, SUPER, CONV, TOBACCO, OTHER.");
        preview.ShouldContain("The retail licence number 330102667001 appears more than once in this file (rows 2, 3).");
        preview.ShouldContain("&lt;b&gt;店&lt;/b&gt;");
        preview.ShouldNotContain("data-testid=\"confirm-import\"");
        (await db.Stores.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_hand_off_made_for_another_account_or_user_or_forged_is_refused()
    {
        var am = await factory.SignedInClientAsync("am.east3");
        var mm = await factory.SignedInClientAsync("mm.east");
        var id = await AccountOfAsync(factory, "am.east3", 2);
        var other = await AccountOfAsync(factory, "am.east3", 3);
        var preview = await TextAsync(await am.PostFileAsync($"/Accounts/{id}/Stores/Import", "file", "stores.csv",
            Csv("name,category,retail_licence_number", "店,SUPER,330102668001"), "text/csv"));
        var handOff = HandOff(preview);

        var otherAccount = await TextAsync(await am.PostFormAsync($"/Accounts/{other}/Stores/Import?handler=Commit", new() { ["handOff"] = handOff }));
        var otherUser = await TextAsync(await mm.PostFormAsync($"/Accounts/{id}/Stores/Import?handler=Commit", new() { ["handOff"] = handOff }));
        var forged = await TextAsync(await am.PostFormAsync($"/Accounts/{id}/Stores/Import?handler=Commit", new() { ["handOff"] = Tampered(handOff) }));

        foreach (var page in new[] { otherAccount, otherUser, forged })
            page.ShouldContain("The preview has expired or is not valid. Upload the file again.");
        await using var db = factory.CreateDbContext();
        (await db.Stores.AnyAsync(s => s.RetailLicenceNumber == "330102668001")).ShouldBeFalse();
    }

    /// <summary>One character in the middle changed: still well-formed, no longer what the server signed.</summary>
    private static string Tampered(string token)
    {
        var middle = token.Length / 2;
        return token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
    }
}
