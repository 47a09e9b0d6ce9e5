using System.Net;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Web.Tests.Infrastructure;

namespace GroupCrm.Web.Tests.Accounts;

/// <summary>Reviewing through the pages, and the register as the account page shows it afterwards.</summary>
public sealed class DocumentReviewPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private readonly DocumentPages _pages = new(factory);

    [Fact]
    public async Task The_market_manager_rejects_with_a_reason_and_the_new_version_keeps_the_history()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var mm = await factory.SignedInClientAsync("mm.east");
        var account = await _pages.AccountAsync();
        await _pages.UploadAsync(am, account, SampleFiles.Png(), "门头.png", "image/png", number: "FIRST-1");
        var first = (await _pages.DocumentsAsync(account)).Single();
        var review = $"/Accounts/{account}/Documents/{first.Id}/Review";

        var page = await mm.GetStringAsync(review);
        page.ShouldContain("FIRST-1");
        page.ShouldContain($"/Accounts/{account}/Documents/{first.Id}/Download?handler=Inline");
        (await mm.GetAsync($"/Accounts/{account}/Documents/{first.Id}/Download?handler=Inline")).Content.Headers.ContentDisposition!.DispositionType.ShouldBe("inline");

        var noReason = await mm.PostFormAsync($"{review}?handler=Reject", new() { ["Reject.Reason"] = " " }, review);
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Give the reason for rejecting this document.");
        var tooLong = await mm.PostFormAsync($"{review}?handler=Reject", new() { ["Reject.Reason"] = new string('x', 501) }, review);
        (await tooLong.Content.ReadAsStringAsync()).ShouldContain("The reason can be at most 500 characters.");
        (await _pages.DocumentsAsync(account)).Single().Verdict.ShouldBe(DocumentVerdict.Pending);

        var rejected = await mm.PostFormAsync($"{review}?handler=Reject", new() { ["Reject.Reason"] = "<b>Blurred</b> scan" }, review);

        rejected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await mm.GetStringAsync(rejected.Headers.Location)).ShouldContain("The document was rejected.");
        var accountPage = await am.GetStringAsync($"/Accounts/{account}");
        accountPage.ShouldContain("&lt;b&gt;Blurred&lt;/b&gt; scan");
        accountPage.ShouldContain("Upload a new version");

        await _pages.UploadAsync(am, account, SampleFiles.Pdf(), number: "SECOND-2");
        var versions = await _pages.DocumentsAsync(account);
        versions.Select(v => (v.Version, v.Number, v.Verdict)).ShouldBe([(1, "FIRST-1", DocumentVerdict.Rejected), (2, "SECOND-2", DocumentVerdict.Pending)]);
        var withHistory = await mm.GetStringAsync($"/Accounts/{account}");
        withHistory.ShouldContain("Earlier versions (1)");
        withHistory.ShouldContain("data-testid=\"review-link\"");
        (await mm.GetStringAsync(review)).ShouldContain("Only the latest version of a document can be reviewed.");

        var accepted = await mm.PostFormAsync($"/Accounts/{account}/Documents/{versions[1].Id}/Review?handler=Accept", [], review);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _pages.DocumentsAsync(account)).Select(v => v.Verdict).ShouldBe([DocumentVerdict.Rejected, DocumentVerdict.Accepted]);
    }

    [Fact]
    public async Task The_account_page_flags_expiry_names_what_is_missing_and_escapes_numbers()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var account = await _pages.AccountAsync(state: AccountState.Active);
        await _pages.InsertAsync(account, "BUSINESS_LICENCE", DocumentVerdict.Accepted, _pages.Today.AddDays(-1), "<script>alert(1)</script>");
        await _pages.InsertAsync(account, "RETAIL_LICENCE", DocumentVerdict.Accepted, _pages.Today.AddDays(30));
        await _pages.InsertAsync(account, "TAX_REGISTRATION", DocumentVerdict.Accepted, null);

        var page = await am.GetStringAsync($"/Accounts/{account}");

        page.ShouldContain("data-testid=\"flag-expired\"");
        page.ShouldContain("data-testid=\"flag-expiring\"");
        page.ShouldContain("Missing, not yet accepted or expired: Business licence, Legal representative&#x27;s ID, General-taxpayer certificate, Organisation code certificate");
        page.ShouldContain("Does not expire");
        page.ShouldNotContain("Expires on Does not expire");
        page.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        page.ShouldNotContain("<script>alert(1)</script>");
    }

    [Fact]
    public async Task A_complete_register_says_so_in_chinese_too()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        am.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");
        var account = await _pages.AccountAsync(state: AccountState.Active);
        foreach (var type in new[] { "BUSINESS_LICENCE", "LEGAL_REP_ID", "TAX_REGISTRATION", "GENERAL_TAXPAYER", "ORGANISATION_CODE", "RETAIL_LICENCE" })
            await _pages.InsertAsync(account, type, DocumentVerdict.Accepted, _pages.Today.AddYears(2));

        var page = await am.GetStringAsync($"/Accounts/{account}");

        page.ShouldContain("所有必需证照均已审核通过。");
        page.ShouldContain("营业执照");
        page.ShouldNotContain("data-testid=\"upload-link\"");
    }
}
