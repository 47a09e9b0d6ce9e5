using System.Security.Cryptography;
using System.Text;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>Uploading to the register: what is stored, who may upload, and that a refusal stores nothing.</summary>
public sealed class DocumentUploadTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private DocumentWorld _w = null!;

    public async Task InitializeAsync() => _w = await DocumentWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task An_upload_stores_the_bytes_under_a_generated_id_with_its_hash_as_version_1_pending()
    {
        var account = await _w.AccountAsync();
        var pdf = SampleFiles.Pdf("Business licence");

        var result = await _w.UploadAsync(_w.Manager, account, pdf, number: "  91310000MA1FL0001X ", fileName: @"C:\scans\营业执照.PDF");

        result.Succeeded.ShouldBeTrue();
        var document = (await _w.DocumentsAsync(account)).ShouldHaveSingleItem();
        document.Id.ShouldBe(result.DocumentId);
        document.Version.ShouldBe(1);
        document.Verdict.ShouldBe(DocumentVerdict.Pending);
        document.Number.ShouldBe("91310000MA1FL0001X");
        document.IssuedOn.ShouldBe(DocumentWorld.Today.AddYears(-1));
        document.ExpiresOn.ShouldBe(DocumentWorld.Today.AddYears(3));
        document.FileName.ShouldBe("营业执照.pdf");
        document.ContentType.ShouldBe("application/pdf");
        document.SizeBytes.ShouldBe(pdf.Length);
        document.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(pdf)));
        document.UploadedById.ShouldBe(_w.Manager.UserId);
        document.UploadedAt.ShouldBe(DocumentWorld.Now);
        document.ReviewedById.ShouldBeNull();
        await using var db = _w.Db();
        (await db.StoredFiles.SingleAsync(f => f.Id == document.FileId)).Content.ShouldBe(pdf);
    }

    [Fact]
    public async Task The_content_decides_the_type_and_extension_not_the_name()
    {
        var account = await _w.AccountAsync();

        (await _w.UploadAsync(_w.Manager, account, SampleFiles.Png(), fileName: "licence.pdf")).Succeeded.ShouldBeTrue();

        var document = (await _w.DocumentsAsync(account)).ShouldHaveSingleItem();
        (document.ContentType, document.FileName).ShouldBe(("image/png", "licence.png"));
    }

    public static TheoryData<string, byte[], string> HostileFiles => new()
    {
        { "exe renamed .pdf", Encoding.Latin1.GetBytes("MZ\u0090\0\u0003\0\0\0This program cannot be run in DOS mode."), "Only PDF, JPEG and PNG files are accepted; this file is none of them (its name says nothing about its content)." },
        { "html called .pdf", "<html><script>alert(1)</script></html>"u8.ToArray(), "Only PDF, JPEG and PNG files are accepted; this file is none of them (its name says nothing about its content)." },
        { "empty", [], "The file is empty." },
        { "10 MB + 1", Oversized(), "The file is larger than 10 MB." },
    };

    [Theory]
    [MemberData(nameof(HostileFiles), DisableDiscoveryEnumeration = true)]
    public async Task A_hostile_file_is_refused_with_its_reason_and_nothing_is_stored(string what, byte[] content, string message)
    {
        var account = await _w.AccountAsync();
        var filesBefore = await _w.StoredFileCountAsync();

        var result = await _w.UploadAsync(_w.Manager, account, content, fileName: "licence.pdf");

        result.Succeeded.ShouldBeFalse(what);
        result.Errors.ShouldHaveSingleItem().ShouldBe(new DocumentError("File", message));
        (await _w.DocumentsAsync(account)).ShouldBeEmpty();
        (await _w.StoredFileCountAsync()).ShouldBe(filesBefore);
    }

    [Fact]
    public async Task Only_people_who_keep_the_accounts_records_may_upload()
    {
        var account = await _w.AccountAsync();

        (await _w.UploadAsync(_w.OtherManager, account)).NotFound.ShouldBeTrue();
        (await _w.UploadAsync(_w.OtherDistrictMarketManager, account)).NotFound.ShouldBeTrue();
        (await _w.UploadAsync(_w.Approver, account)).Forbidden.ShouldBeTrue();
        (await _w.DocumentsAsync(account)).ShouldBeEmpty();
        (await _w.UploadAsync(_w.MarketManager, account)).Succeeded.ShouldBeTrue();
        (await _w.UploadAsync(_w.Administrator, account, type: Types.NonExpiring)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_closed_account_takes_no_uploads()
    {
        var account = await _w.AccountAsync(AccountState.Closed);

        var result = await _w.UploadAsync(_w.Manager, account);

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("This account is closed; its documents can no longer change.");
        (await _w.DocumentsAsync(account)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_type_is_refused()
    {
        var account = await _w.AccountAsync();
        var result = await _w.RunAsync<DocumentRegister, DocumentResult>(r => r.UploadAsync(
            _w.Manager, account, 999_999, "N1", DocumentWorld.Today, null, "a.pdf", new MemoryStream(SampleFiles.Pdf())));

        result.Errors.ShouldHaveSingleItem().ShouldBe(new DocumentError("DocumentTypeId", "Choose a document type."));
    }

    private static byte[] Oversized()
    {
        var bytes = new byte[UploadedFileCheck.MaxBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }
}
