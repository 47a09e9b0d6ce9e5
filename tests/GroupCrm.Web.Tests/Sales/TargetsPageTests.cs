using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Sales.TargetsPages;

namespace GroupCrm.Web.Tests.Sales;

/// <summary>The target pages: who sees and sets which account's targets, the month form, the CSV import, and escaped output.</summary>
public sealed class TargetsPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static string Month => Text(CurrentMonth);

    private async Task<int?> TotalAsync(int account, DateOnly month)
    {
        await using var db = factory.CreateDbContext();
        return await db.SalesTargets.Where(t => t.AccountId == account && t.Month == month && t.ProductId == null).Select(t => (int?)t.Quantity).SingleOrDefaultAsync();
    }

    [Fact]
    public async Task The_districts_market_manager_sets_a_total_on_the_month_page()
    {
        var (account, name, _) = await ActiveAccountOfAsync(factory, "am.west1");
        var client = await factory.SignedInClientAsync("mm.west");
        var html = await HtmlAsync(await client.GetAsync($"/Sales/Targets?month={Month}"));
        html.ShouldContain($"data-account=\"{account}\"");
        var version = FirstInput(html[html.IndexOf($"data-account=\"{account}\"", StringComparison.Ordinal)..], "version");

        var response = await client.PostFormAsync($"/Sales/Targets?handler=SetTotal", new()
        {
            ["accountId"] = account.ToString(), ["month"] = Month, ["quantity"] = "4,321", ["version"] = version,
        }, formPage: "/Sales/Targets");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TotalAsync(account, CurrentMonth)).ShouldBe(4321);
        var after = await HtmlAsync(await client.GetAsync(response.Headers.Location!.OriginalString));
        after.ShouldContain("data-testid=\"status\"");
        after.ShouldContain(System.Net.WebUtility.HtmlEncode(name));
    }

    [Fact]
    public async Task An_account_manager_sees_their_targets_but_cannot_set_or_import_any()
    {
        var (account, _, licence) = await ActiveAccountOfAsync(factory, "am.east2");
        var before = await TotalAsync(account, CurrentMonth);
        var client = await factory.SignedInClientAsync("am.east2");

        var list = await HtmlAsync(await client.GetAsync("/Sales/Targets"));
        list.ShouldContain($"data-account=\"{account}\"");
        list.ShouldNotContain("data-testid=\"set-total\"");
        list.ShouldNotContain("data-testid=\"import-targets\"");
        (await HtmlAsync(await client.GetAsync($"/Sales/Targets/{account}"))).ShouldNotContain("data-testid=\"set-total\"");

        (await client.PostFormAsync("/Sales/Targets?handler=SetTotal", new() { ["accountId"] = account.ToString(), ["month"] = Month, ["quantity"] = "1", ["version"] = "0" },
            formPage: "/Sales/Targets")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync($"/Sales/Targets/{account}?handler=Set", new() { ["month"] = Month, ["quantity"] = "1", ["version"] = "0" },
            formPage: "/Sales/Targets")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/Sales/Targets/Import")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFileAsync("/Sales/Targets/Import", "file", "t.csv", Csv("account,month,quantity", $"{licence},{Month},1"), "text/csv", formPage: "/Sales/Targets"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await TotalAsync(account, CurrentMonth)).ShouldBe(before);
    }

    [Fact]
    public async Task Another_districts_market_manager_neither_sees_nor_sets_the_accounts_targets()
    {
        var (account, _, _) = await ActiveAccountOfAsync(factory, "am.north2");
        var before = await TotalAsync(account, CurrentMonth);
        var client = await factory.SignedInClientAsync("mm.east");

        (await HtmlAsync(await client.GetAsync($"/Sales/Targets?month={Month}"))).ShouldNotContain($"data-account=\"{account}\"");
        (await client.GetAsync($"/Sales/Targets/{account}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostFormAsync("/Sales/Targets?handler=SetTotal", new() { ["accountId"] = account.ToString(), ["month"] = Month, ["quantity"] = "1", ["version"] = "0" },
            formPage: "/Sales/Targets")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostFormAsync($"/Sales/Targets/{account}?handler=Remove", new() { ["month"] = Month, ["version"] = "0" },
            formPage: "/Sales/Targets")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await TotalAsync(account, CurrentMonth)).ShouldBe(before);
    }

    [Fact]
    public async Task A_closed_month_shows_no_forms_and_refuses_a_posted_target()
    {
        var (account, _, _) = await ActiveAccountOfAsync(factory, "am.north1");
        var closed = CurrentMonth.AddMonths(-1);
        var before = await TotalAsync(account, closed);
        var client = await factory.SignedInClientAsync("mm.north");

        var html = await HtmlAsync(await client.GetAsync($"/Sales/Targets?month={Text(closed)}"));
        html.ShouldContain("data-testid=\"month-closed\"");
        html.ShouldNotContain("data-testid=\"set-total\"");
        var response = await client.PostFormAsync($"/Sales/Targets/{account}?handler=Set", new() { ["month"] = Text(closed), ["quantity"] = "1", ["version"] = "0" },
            formPage: "/Sales/Targets");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await HtmlAsync(await client.GetAsync(response.Headers.Location!.OriginalString))).ShouldContain("This month has closed; its targets can no longer change.");
        (await TotalAsync(account, closed)).ShouldBe(before);
    }

    [Fact]
    public async Task A_csv_file_previews_its_errors_and_a_good_one_is_confirmed_and_written()
    {
        var (account, _, licence) = await ActiveAccountOfAsync(factory, "am.west2");
        var next = CurrentMonth.AddMonths(2);
        var client = await factory.SignedInClientAsync("mm.west");

        var bad = await HtmlAsync(await client.PostFileAsync("/Sales/Targets/Import", "file", "bad.csv",
            Csv("account,month,product,quantity", $"{licence},{Text(next)},,10", $"{licence},{Text(next)},NOPE,-1"), "text/csv"));
        bad.ShouldContain("data-testid=\"fix-errors\"");
        bad.ShouldContain("Unknown product code NOPE.");
        bad.ShouldNotContain("data-testid=\"confirm-import\"");
        (await TotalAsync(account, next)).ShouldBeNull();

        var good = await HtmlAsync(await client.PostFileAsync("/Sales/Targets/Import", "file", "good.csv",
            Csv("account,month,product,quantity", $"{licence},{Text(next)},,\"2,500\""), "text/csv"));
        var confirm = await client.PostFormAsync("/Sales/Targets/Import?handler=Commit", new() { ["handOff"] = HandOff(good) }, formPage: "/Sales/Targets/Import");

        confirm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TotalAsync(account, next)).ShouldBe(2500);
    }

    [Fact]
    public async Task Names_are_shown_escaped()
    {
        var (account, _, _) = await ActiveAccountOfAsync(factory, "am.east3");
        await using (var db = factory.CreateDbContext())
            await db.Accounts.Where(a => a.Id == account).ExecuteUpdateAsync(u => u.SetProperty(a => a.Name, "<script>alert('t')</script>连锁"));
        var client = await factory.SignedInClientAsync("mm.east");

        foreach (var url in new[] { "/Sales/Targets", $"/Sales/Targets/{account}" })
        {
            var html = await HtmlAsync(await client.GetAsync(url));
            html.ShouldNotContain("<script>alert");
            html.ShouldContain("&lt;script&gt;alert(");
        }
    }
}
