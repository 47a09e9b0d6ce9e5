using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>A rejected or expiring document is replaced by a new version; the old ones stay as history.</summary>
public sealed class DocumentVersionTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private DocumentWorld _w = null!;

    public async Task InitializeAsync() => _w = await DocumentWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task After_a_rejection_a_new_version_is_added_and_the_rejected_one_is_kept()
    {
        var account = await _w.AccountAsync();
        var first = (await _w.UploadAsync(_w.Manager, account, number: "OLD-1")).DocumentId;
        (await _w.ReviewAsync(_w.MarketManager, account, first, DocumentVerdict.Rejected, "Scan unreadable")).Succeeded.ShouldBeTrue();

        var second = await _w.UploadAsync(_w.Manager, account, number: "NEW-2");

        second.Succeeded.ShouldBeTrue();
        var versions = await _w.DocumentsAsync(account);
        versions.Select(d => (d.Version, d.Number, d.Verdict, d.VerdictReason)).ShouldBe(
        [
            (1, "OLD-1", DocumentVerdict.Rejected, "Scan unreadable"),
            (2, "NEW-2", DocumentVerdict.Pending, null),
        ]);
        versions[0].FileId.ShouldNotBe(versions[1].FileId);
    }

    [Fact]
    public async Task Versions_are_counted_per_document_type()
    {
        var account = await _w.AccountAsync();
        (await _w.UploadAsync(_w.Manager, account)).Succeeded.ShouldBeTrue();
        (await _w.UploadAsync(_w.Manager, account, type: Types.NonExpiring)).Succeeded.ShouldBeTrue();

        (await _w.DocumentsAsync(account)).Select(d => d.Version).ShouldBe([1, 1]);
    }

    [Fact]
    public async Task A_pending_version_must_be_reviewed_before_another_is_uploaded()
    {
        var account = await _w.AccountAsync();
        await _w.UploadAsync(_w.Manager, account);

        var result = await _w.UploadAsync(_w.Manager, account);

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "The current version of this document is waiting for review; it must be accepted or rejected before a new version is uploaded.");
        (await _w.DocumentsAsync(account)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_accepted_valid_document_is_not_replaced_until_30_days_before_it_expires()
    {
        var account = await _w.AccountAsync();
        await _w.InsertAsync(account, Types.Expiring, DocumentVerdict.Accepted, DocumentWorld.Today.AddDays(31));
        await _w.InsertAsync(account, Types.NonExpiring, DocumentVerdict.Accepted, null);

        var early = await _w.UploadAsync(_w.Manager, account);
        var lasting = await _w.UploadAsync(_w.Manager, account, type: Types.NonExpiring);

        early.Errors.ShouldHaveSingleItem().Message.ShouldBe(
            "The current version of this document is accepted and still valid; a new version can be uploaded from 30 days before it expires.");
        lasting.Succeeded.ShouldBeFalse();
        (await _w.DocumentsAsync(account)).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(0)]
    [InlineData(-5)]
    public async Task An_accepted_document_expiring_within_30_days_or_expired_can_be_renewed(int daysLeft)
    {
        var account = await _w.AccountAsync(AccountState.Active);
        await _w.InsertAsync(account, Types.Expiring, DocumentVerdict.Accepted, DocumentWorld.Today.AddDays(daysLeft));

        var renewal = await _w.UploadAsync(_w.Manager, account);

        renewal.Succeeded.ShouldBeTrue();
        (await _w.DocumentsAsync(account)).Select(d => (d.Version, d.Verdict)).ShouldBe([(1, DocumentVerdict.Accepted), (2, DocumentVerdict.Pending)]);
    }

    [Fact]
    public async Task Of_two_uploads_of_the_same_type_at_once_exactly_one_is_stored()
    {
        var account = await _w.AccountAsync();
        var filesBefore = await _w.StoredFileCountAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _w.UploadAsync(_w.Manager, account))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        (await _w.DocumentsAsync(account)).ShouldHaveSingleItem().Version.ShouldBe(1);
        (await _w.StoredFileCountAsync()).ShouldBe(filesBefore + 1); // the losers' files were not kept either
        foreach (var refused in results.Where(r => !r.Succeeded))
            refused.Errors.ShouldHaveSingleItem().Message.ShouldBeOneOf(
                "Someone else uploaded a version of this document in the meantime. Reload the page and try again.",
                "The current version of this document is waiting for review; it must be accepted or rejected before a new version is uploaded.");
    }
}
