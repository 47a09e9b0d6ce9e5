using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>The completeness gate over documents that went through the register: only accepted, unexpired current versions count.</summary>
public sealed class DocumentCompletenessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly string[] AllTypes =
        ["BUSINESS_LICENCE", "LEGAL_REP_ID", "TAX_REGISTRATION", "GENERAL_TAXPAYER", "ORGANISATION_CODE", "RETAIL_LICENCE"];

    private DocumentWorld _w = null!;

    public async Task InitializeAsync() => _w = await DocumentWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Without_documents_every_required_type_is_missing_in_order()
    {
        var account = await _w.AccountAsync();
        (await MissingAsync(account)).ShouldBe(AllTypes);
    }

    [Fact]
    public async Task Pending_and_rejected_documents_do_not_count()
    {
        var account = await _w.AccountAsync();
        await AcceptAllAsync(account, except: ["BUSINESS_LICENCE", "RETAIL_LICENCE"]);
        await _w.UploadAsync(_w.Manager, account, type: "BUSINESS_LICENCE");
        var retail = (await _w.UploadAsync(_w.Manager, account, type: "RETAIL_LICENCE")).DocumentId;
        await _w.ReviewAsync(_w.MarketManager, account, retail, DocumentVerdict.Rejected, "Wrong store");

        (await MissingAsync(account)).ShouldBe(["BUSINESS_LICENCE", "RETAIL_LICENCE"]);
    }

    [Fact]
    public async Task An_accepted_but_expired_document_does_not_count_and_one_expiring_today_does()
    {
        var account = await _w.AccountAsync();
        await AcceptAllAsync(account, except: ["LEGAL_REP_ID", "ORGANISATION_CODE"]);
        await _w.InsertAsync(account, "LEGAL_REP_ID", DocumentVerdict.Accepted, DocumentWorld.Today.AddDays(-1));
        await _w.InsertAsync(account, "ORGANISATION_CODE", DocumentVerdict.Accepted, DocumentWorld.Today);

        (await MissingAsync(account)).ShouldBe(["LEGAL_REP_ID"]);
    }

    [Fact]
    public async Task A_rejected_latest_version_counts_as_missing_even_after_an_accepted_one()
    {
        var account = await _w.AccountAsync();
        await AcceptAllAsync(account);
        await _w.InsertAsync(account, "TAX_REGISTRATION", DocumentVerdict.Rejected, null);

        (await MissingAsync(account)).ShouldBe(["TAX_REGISTRATION"]);
    }

    [Fact]
    public async Task Six_accepted_current_documents_complete_the_account()
    {
        var account = await _w.AccountAsync();
        await AcceptAllAsync(account);

        (await MissingAsync(account)).ShouldBeEmpty();
    }

    /// <summary>Uploads and accepts one document of each type, through the register.</summary>
    private async Task AcceptAllAsync(int account, params string[] except)
    {
        foreach (var type in AllTypes.Except(except))
        {
            var upload = await _w.UploadAsync(_w.Manager, account, type: type);
            upload.Succeeded.ShouldBeTrue(type);
            (await _w.ReviewAsync(_w.MarketManager, account, upload.DocumentId, DocumentVerdict.Accepted)).Succeeded.ShouldBeTrue();
        }
    }

    private async Task<string[]> MissingAsync(int account)
    {
        await using var db = _w.Db();
        return [.. (await DocumentCompleteness.MissingAsync(db, account, DocumentWorld.Today)).Select(t => t.Code)];
    }
}
