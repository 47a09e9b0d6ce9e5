using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Web.Tests.Infrastructure;

namespace GroupCrm.Web.Tests.Accounts;

/// <summary>
/// The document register over HTTP: uploads (good and hostile), downloads, reviews, and that nobody
/// outside the account's people reaches any of them. Every test works on accounts of its own.
/// </summary>
public sealed class DocumentPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string WrongKind = "Only PDF, JPEG and PNG files are accepted; this file is none of them (its name says nothing about its content).";
    private readonly DocumentPages _pages = new(factory);

    [Fact]
    public async Task An_upload_through_the_page_is_stored_as_a_pending_version_and_shown_on_the_account()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var account = await _pages.AccountAsync();
        (await am.GetStringAsync($"/Accounts/{account}/Documents/Upload")).ShouldContain("Business licence (required, expires)");
        var pdf = SampleFiles.Pdf("Business licence 91310000MA1FL0001X");

        var response = await _pages.UploadAsync(am, account, pdf, fileName: "营业执照 2026.pdf");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/Accounts/{account}");
        var document = (await _pages.DocumentsAsync(account)).ShouldHaveSingleItem();
        (document.Version, document.Verdict, document.FileName, document.ContentType).ShouldBe((1, DocumentVerdict.Pending, "营业执照 2026.pdf", "application/pdf"));
        (await _pages.ContentAsync(document.FileId)).ShouldBe(pdf);
        var page = await am.GetStringAsync(response.Headers.Location);
        page.ShouldContain("The document was uploaded and waits for review.");
        page.ShouldContain("91310000MA1FL0001X");
        page.ShouldContain("Awaiting review");
    }

    public static TheoryData<string, byte[], string, string> HostileFiles => new()
    {
        { "licence.pdf", Encoding.Latin1.GetBytes("MZ\u0090\0\u0003\0\0\0This program cannot be run in DOS mode."), "application/pdf", WrongKind },
        { "licence.pdf", "<html><body><script>alert(1)</script></body></html>"u8.ToArray(), "application/pdf", WrongKind },
        { "licence.png", "Business licence 91310000MA1FL0001X"u8.ToArray(), "image/png", WrongKind },
        { "licence.pdf", [], "application/pdf", "The file is empty." },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_hostile_file_is_refused_on_the_form_and_nothing_is_written(string fileName, byte[] content, string contentType, string message)
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var account = await _pages.AccountAsync();

        var response = await _pages.UploadAsync(am, account, content, fileName, contentType);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        FileError(await response.Content.ReadAsStringAsync()).ShouldBe(message);
        (await _pages.DocumentsAsync(account)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_file_just_over_10_MB_is_refused_with_the_size_message()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var account = await _pages.AccountAsync();

        var response = await _pages.UploadAsync(am, account, PdfOfSize(UploadedFileCheck.MaxBytes + 1));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        FileError(await response.Content.ReadAsStringAsync()).ShouldBe("The file is larger than 10 MB.");
        (await _pages.DocumentsAsync(account)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_much_larger_upload_is_sent_back_to_the_form_with_the_size_message_unread()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var account = await _pages.AccountAsync();

        var response = await _pages.UploadAsync(am, account, PdfOfSize(25 * 1024 * 1024));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/Accounts/{account}/Documents/Upload");
        FileError(await am.GetStringAsync(response.Headers.Location)).ShouldBe("The file is larger than 10 MB.");
        FileError(await am.GetStringAsync(response.Headers.Location)).ShouldBeEmpty(); // said once
        (await _pages.DocumentsAsync(account)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_download_is_an_attachment_with_the_exact_bytes_its_true_type_and_a_safe_name()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var account = await _pages.AccountAsync();
        var png = SampleFiles.Png(8, 8);
        await _pages.UploadAsync(am, account, png, fileName: "..\\<门头>照片;\t.pdf", contentType: "application/pdf");
        var document = (await _pages.DocumentsAsync(account)).Single();

        var response = await am.GetAsync($"/Accounts/{account}/Documents/{document.Id}/Download");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync()).ShouldBe(png);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/png");
        var disposition = response.Content.Headers.ContentDisposition!;
        disposition.DispositionType.ShouldBe("attachment");
        disposition.FileNameStar.ShouldBe("门头照片.png");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Theory]
    [InlineData("am.east2")] // another account manager of the same district
    [InlineData("mm.west")] // the market manager of another district
    [InlineData("am.west1")]
    public async Task Outsiders_get_404_on_download_review_and_upload_and_change_nothing(string outsider)
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var account = await _pages.AccountAsync();
        await _pages.UploadAsync(am, account, SampleFiles.Pdf());
        var document = (await _pages.DocumentsAsync(account)).Single();
        var client = await factory.SignedInClientAsync(outsider);
        var prefix = $"/Accounts/{account}/Documents";

        (await client.GetAsync($"{prefix}/{document.Id}/Download")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"{prefix}/{document.Id}/Download?handler=Inline")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"{prefix}/{document.Id}/Review")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync($"{prefix}/Upload")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostFormAsync($"{prefix}/{document.Id}/Review?handler=Accept", [], formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _pages.UploadAsync(client, account, SampleFiles.Pdf(), type: "TAX_REGISTRATION", formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _pages.DocumentsAsync(account)).ShouldHaveSingleItem().Verdict.ShouldBe(DocumentVerdict.Pending);
    }

    [Fact]
    public async Task A_document_is_reached_only_through_its_own_account()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var account = await _pages.AccountAsync();
        var mine = await _pages.AccountAsync();
        var document = await _pages.InsertAsync(account, "BUSINESS_LICENCE", DocumentVerdict.Pending, _pages.Today.AddYears(1));

        (await am.GetAsync($"/Accounts/{mine}/Documents/{document}/Download")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var admin = await factory.SignedInClientAsync("admin");
        (await admin.GetAsync($"/Accounts/{mine}/Documents/{document}/Review")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_account_manager_cannot_review_and_the_marketing_centre_cannot_upload()
    {
        var am = await factory.SignedInClientAsync("am.east1");
        var account = await _pages.AccountAsync();
        var document = await _pages.InsertAsync(account, "BUSINESS_LICENCE", DocumentVerdict.Pending, _pages.Today.AddYears(1));
        var review = $"/Accounts/{account}/Documents/{document}/Review";

        (await am.GetAsync(review)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await am.PostFormAsync($"{review}?handler=Accept", [], formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var approver = await factory.SignedInClientAsync("approver");
        (await approver.GetAsync($"/Accounts/{account}/Documents/Upload")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _pages.UploadAsync(approver, account, SampleFiles.Pdf(), type: "TAX_REGISTRATION", formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await approver.GetAsync($"/Accounts/{account}/Documents/{document}/Download")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _pages.DocumentsAsync(account)).ShouldHaveSingleItem().Verdict.ShouldBe(DocumentVerdict.Pending);
    }

    /// <summary>The message shown under the file input (empty when there is none).</summary>
    private static string FileError(string html) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, "data-valmsg-for=\"Input.File\"[^>]*>([^<]*)<").Groups[1].Value);

    private static byte[] PdfOfSize(int size)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
