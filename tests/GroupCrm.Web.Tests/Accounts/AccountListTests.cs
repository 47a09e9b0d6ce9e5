using System.Net;
using System.Text.RegularExpressions;
using GroupCrm.Core.Onboarding;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Accounts;

public sealed partial class AccountListTests(CrmWebFactory app) : IClassFixture<CrmWebFactory>
{
    [Fact]
    public async Task An_account_manager_lists_exactly_their_own_accounts()
    {
        await using var db = app.CreateDbContext();
        var own = await db.Accounts.Where(a => a.AccountManager!.UserName == "am.east1").Select(a => a.Id).ToListAsync();
        var client = await app.SignedInClientAsync("am.east1");

        var listed = AccountIds(await client.GetStringAsync("/Accounts"));

        own.ShouldNotBeEmpty();
        listed.ShouldBe(own, ignoreOrder: true);
    }

    [Fact]
    public async Task A_market_manager_lists_their_district_and_filters_by_state()
    {
        await using var db = app.CreateDbContext();
        var activeInDistrict = await db.Accounts
            .Where(a => a.District!.Code == "W" && a.State == AccountState.Active).Select(a => a.Id).ToListAsync();
        var client = await app.SignedInClientAsync("mm.west");

        var listed = AccountIds(await client.GetStringAsync("/Accounts?State=Active"));

        listed.ShouldBe(activeInDistrict, ignoreOrder: true);
    }

    [Fact]
    public async Task The_approver_sees_all_sixty_accounts_over_three_pages()
    {
        var client = await app.SignedInClientAsync("approver");
        var first = await client.GetStringAsync("/Accounts");
        var third = await client.GetStringAsync("/Accounts?PageNumber=3");

        first.ShouldContain("60 accounts · page 1 of 3");
        AccountIds(first).Count.ShouldBe(25);
        AccountIds(third).Count.ShouldBe(10);
        AccountIds(await client.GetStringAsync("/Accounts?PageNumber=99")).ShouldBe(AccountIds(third));
    }

    [Fact]
    public async Task Text_search_matches_names_and_licence_numbers_literally()
    {
        await using var db = app.CreateDbContext();
        var target = await db.Accounts.OrderBy(a => a.Id).Select(a => new { a.Id, a.BusinessLicenceNumber }).FirstAsync();
        var client = await app.SignedInClientAsync("admin");

        AccountIds(await client.GetStringAsync($"/Accounts?Text={target.BusinessLicenceNumber}")).ShouldBe([target.Id]);
        AccountIds(await client.GetStringAsync("/Accounts?Text=%25")).ShouldBeEmpty();
        (await client.GetStringAsync("/Accounts?Text=%3Cscript%3Ealert(1)%3C%2Fscript%3E")).ShouldNotContain("<script>alert(1)</script>");
        (await client.GetStringAsync($"/Accounts?Text={new string('x', 500)}")).ShouldContain("The search text can be at most 100 characters.");
    }

    [Fact]
    public async Task Another_managers_account_is_not_found()
    {
        await using var db = app.CreateDbContext();
        var foreign = await db.Accounts.Where(a => a.District!.Code == "N").Select(a => a.Id).FirstAsync();

        foreach (var user in new[] { "am.east1", "mm.east" })
        {
            var client = await app.SignedInClientAsync(user);
            (await client.GetAsync($"/Accounts/{foreign}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task Accounts_with_expired_or_expiring_documents_are_flagged_in_the_list_and_on_the_page()
    {
        await using var db = app.CreateDbContext();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var ids = await db.Accounts.Select(a => a.Id).ToListAsync();
        var flags = await GroupCrm.Core.Onboarding.Documents.DocumentFlags.ForAccountsAsync(db, ids, today);
        var expired = flags.First(f => f.Value.Expired).Key;
        var expiring = flags.First(f => f.Value.ExpiringSoon && !f.Value.Expired).Key;
        var clean = flags.First(f => f.Value == (false, false)).Key;
        var licences = await db.Accounts.Where(a => a.Id == expired || a.Id == expiring || a.Id == clean)
            .ToDictionaryAsync(a => a.Id, a => a.BusinessLicenceNumber);
        var client = await app.SignedInClientAsync("admin");

        (await client.GetStringAsync($"/Accounts?Text={licences[expired]}")).ShouldContain("account-flag-expired");
        (await client.GetStringAsync($"/Accounts?Text={licences[expiring]}")).ShouldContain("Document expires within 30 days");
        var cleanRow = await client.GetStringAsync($"/Accounts?Text={licences[clean]}");
        cleanRow.ShouldNotContain("account-flag-expired");
        cleanRow.ShouldNotContain("account-flag-expiring");
        (await client.GetStringAsync($"/Accounts/{expired}")).ShouldContain("Document expired");
    }

    private static List<int> AccountIds(string html) =>
        [.. AccountLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct()];

    [GeneratedRegex("""<td><a href="/Accounts/(\d+)">""")]
    private static partial Regex AccountLink();
}
