using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>A file is handed out only to someone who may see its account, and only through that account.</summary>
public sealed class DocumentDownloadTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private DocumentWorld _w = null!;

    public async Task InitializeAsync() => _w = await DocumentWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Everyone_who_sees_the_account_gets_the_exact_bytes_under_the_safe_name()
    {
        var account = await _w.AccountAsync();
        var png = SampleFiles.Png(4, 4);
        var document = (await _w.UploadAsync(_w.Manager, account, png, fileName: "../门头照片\".png")).DocumentId;

        foreach (var viewer in new[] { _w.Manager, _w.MarketManager, _w.Approver, _w.Administrator })
        {
            var file = await OpenAsync(viewer, account, document);
            file.ShouldNotBeNull();
            file.Content.ShouldBe(png);
            (file.ContentType, file.FileName).ShouldBe(("image/png", "门头照片.png"));
        }
    }

    [Fact]
    public async Task Nobody_else_gets_it_and_no_other_account_id_reaches_it()
    {
        var account = await _w.AccountAsync();
        var other = await _w.AccountAsync(manager: _w.OtherManager);
        var document = (await _w.UploadAsync(_w.Manager, account)).DocumentId;

        (await OpenAsync(_w.OtherManager, account, document)).ShouldBeNull();
        (await OpenAsync(_w.OtherDistrictMarketManager, account, document)).ShouldBeNull();
        (await OpenAsync(_w.OtherManager, other, document)).ShouldBeNull();
        (await OpenAsync(_w.Administrator, other, document)).ShouldBeNull();
        (await OpenAsync(_w.Administrator, account, document + 1_000_000)).ShouldBeNull();
    }

    private Task<DocumentDownload?> OpenAsync(Viewer viewer, int account, int document) =>
        _w.RunAsync<DocumentRegister, DocumentDownload?>(r => r.OpenForDownloadAsync(viewer, account, document));
}
