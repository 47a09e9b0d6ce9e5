using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>Verdicts: by the district's market manager (or an administrator), on the pending latest version only.</summary>
public sealed class DocumentReviewTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private DocumentWorld _w = null!;

    public async Task InitializeAsync() => _w = await DocumentWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task The_district_market_manager_accepts_and_the_reviewer_and_time_are_recorded()
    {
        var (account, document) = await PendingAsync();

        var result = await _w.ReviewAsync(_w.MarketManager, account, document, DocumentVerdict.Accepted, "  ");

        result.Succeeded.ShouldBeTrue();
        var reviewed = (await _w.DocumentsAsync(account)).Single();
        (reviewed.Verdict, reviewed.VerdictReason, reviewed.ReviewedById, reviewed.ReviewedAt)
            .ShouldBe((DocumentVerdict.Accepted, null, _w.MarketManager.UserId, DocumentWorld.Now));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_of_at_most_500_characters()
    {
        var (account, document) = await PendingAsync();

        (await _w.ReviewAsync(_w.MarketManager, account, document, DocumentVerdict.Rejected, " ")).Errors.ShouldHaveSingleItem()
            .ShouldBe(new DocumentError("Reason", "Give the reason for rejecting this document."));
        (await _w.ReviewAsync(_w.MarketManager, account, document, DocumentVerdict.Rejected, new string('x', 501))).Errors.ShouldHaveSingleItem()
            .ShouldBe(new DocumentError("Reason", "The reason can be at most 500 characters."));
        (await _w.DocumentsAsync(account)).Single().Verdict.ShouldBe(DocumentVerdict.Pending);

        (await _w.ReviewAsync(_w.Administrator, account, document, DocumentVerdict.Rejected, " Licence number does not match ")).Succeeded.ShouldBeTrue();
        var rejected = (await _w.DocumentsAsync(account)).Single();
        (rejected.Verdict, rejected.VerdictReason, rejected.ReviewedById).ShouldBe((DocumentVerdict.Rejected, "Licence number does not match", _w.Administrator.UserId));
    }

    [Fact]
    public async Task Nobody_else_reviews()
    {
        var (account, document) = await PendingAsync();

        (await _w.ReviewAsync(_w.Manager, account, document, DocumentVerdict.Accepted)).Forbidden.ShouldBeTrue();
        (await _w.ReviewAsync(_w.Approver, account, document, DocumentVerdict.Accepted)).Forbidden.ShouldBeTrue();
        (await _w.ReviewAsync(_w.OtherDistrictMarketManager, account, document, DocumentVerdict.Accepted)).NotFound.ShouldBeTrue();
        (await _w.ReviewAsync(_w.OtherManager, account, document, DocumentVerdict.Accepted)).NotFound.ShouldBeTrue();
        (await _w.DocumentsAsync(account)).Single().Verdict.ShouldBe(DocumentVerdict.Pending);
    }

    [Fact]
    public async Task A_document_is_reviewed_only_through_its_own_account()
    {
        var (account, document) = await PendingAsync();
        var other = await _w.AccountAsync();

        (await _w.ReviewAsync(_w.MarketManager, other, document, DocumentVerdict.Accepted)).NotFound.ShouldBeTrue();
        (await _w.DocumentsAsync(account)).Single().Verdict.ShouldBe(DocumentVerdict.Pending);
    }

    [Fact]
    public async Task A_reviewed_version_is_not_reviewed_again_and_an_older_version_not_at_all()
    {
        var (account, first) = await PendingAsync();
        await _w.ReviewAsync(_w.MarketManager, account, first, DocumentVerdict.Rejected, "Blurred");
        var second = (await _w.UploadAsync(_w.Manager, account)).DocumentId;

        (await _w.ReviewAsync(_w.MarketManager, account, first, DocumentVerdict.Accepted)).Errors.ShouldHaveSingleItem().Message
            .ShouldBe("Only the latest version of a document can be reviewed.");
        (await _w.ReviewAsync(_w.MarketManager, account, second, DocumentVerdict.Accepted)).Succeeded.ShouldBeTrue();
        (await _w.ReviewAsync(_w.MarketManager, account, second, DocumentVerdict.Rejected, "Changed my mind")).Errors.ShouldHaveSingleItem().Message
            .ShouldBe("This version has already been reviewed.");
        (await _w.DocumentsAsync(account)).Select(d => d.Verdict).ShouldBe([DocumentVerdict.Rejected, DocumentVerdict.Accepted]);
    }

    [Fact]
    public async Task Pending_is_not_a_verdict_and_an_expired_document_cannot_be_accepted()
    {
        var account = await _w.AccountAsync();
        var expired = await _w.InsertAsync(account, Types.Expiring, DocumentVerdict.Pending, DocumentWorld.Today.AddDays(-1));

        (await _w.ReviewAsync(_w.MarketManager, account, expired, DocumentVerdict.Pending)).Errors.ShouldHaveSingleItem().Message.ShouldBe("Choose Accept or Reject.");
        (await _w.ReviewAsync(_w.MarketManager, account, expired, DocumentVerdict.Accepted)).Errors.ShouldHaveSingleItem().Message
            .ShouldBe("This document has expired and cannot be accepted; reject it and ask for the current one.");
        (await _w.ReviewAsync(_w.MarketManager, account, expired, DocumentVerdict.Rejected, "Expired")).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Of_two_reviewers_at_once_exactly_one_wins()
    {
        var (account, document) = await PendingAsync();

        var results = await Task.WhenAll(
            _w.ReviewAsync(_w.MarketManager, account, document, DocumentVerdict.Accepted),
            _w.ReviewAsync(_w.Administrator, account, document, DocumentVerdict.Rejected, "Wrong chain"));

        results.Count(r => r.Succeeded).ShouldBe(1);
        var loser = results.Single(r => !r.Succeeded).Errors.ShouldHaveSingleItem().Message;
        loser.ShouldBeOneOf("Someone else reviewed this document in the meantime. Reload the page and try again.", "This version has already been reviewed.");
    }

    private async Task<(int Account, int Document)> PendingAsync()
    {
        var account = await _w.AccountAsync();
        var upload = await _w.UploadAsync(_w.Manager, account);
        upload.Succeeded.ShouldBeTrue();
        return (account, upload.DocumentId);
    }
}
