using System.Security.Cryptography;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Core.Onboarding.AccountState;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>The demo document register: complete where the workflow needs it, with expiries to flag and real files.</summary>
public sealed class DemoDocumentsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    // Fixed by the seeds; a deliberate change of the demo data set updates it.
    public const int ExpectedDocuments = 339;

    [Fact]
    public async Task Chains_past_the_review_hold_every_document_accepted_and_unexpired_except_two_expired_licences()
    {
        await using var db = fixture.CreateContext();
        var today = await DemoOnboardingTests.SeedTodayAsync(db);
        var accounts = await db.Accounts.Where(a => DemoOnboardingTests.PastReview.Contains(a.State)).ToListAsync();
        var incomplete = new List<GroupAccount>();
        foreach (var account in accounts)
        {
            var missing = await DocumentCompleteness.MissingAsync(db, account.Id, today);
            if (missing.Count == 0) continue;
            incomplete.Add(account);
            missing.Count.ShouldBe(1, account.Name);
            // Accepted while it was valid; it has expired since.
            var expired = await db.AccountDocuments.SingleAsync(d => d.AccountId == account.Id && d.DocumentTypeId == missing[0].Id);
            expired.ShouldSatisfyAllConditions(
                d => d.Verdict.ShouldBe(DocumentVerdict.Accepted), d => d.ExpiresOn.ShouldNotBeNull(), d => d.ExpiresOn!.Value.ShouldBeLessThan(today));
        }
        incomplete.Count.ShouldBe(2);
        incomplete.ShouldAllBe(a => a.State == Active || a.State == Suspended);
        var reviews = await db.AccountDocuments.Where(d => d.ReviewedById != null)
            .Join(db.Accounts, d => d.AccountId, a => a.Id, (d, a) => new { d.ReviewedById, a.MarketManagerId, d.ReviewedAt, d.UploadedAt }).ToListAsync();
        reviews.ShouldAllBe(r => r.ReviewedById == r.MarketManagerId && r.ReviewedAt > r.UploadedAt);
    }

    [Fact]
    public async Task Some_live_chains_have_a_document_expiring_within_30_days_and_two_an_expired_one()
    {
        await using var db = fixture.CreateContext();
        var today = await DemoOnboardingTests.SeedTodayAsync(db);
        var ids = await db.Accounts.Select(a => a.Id).ToListAsync();
        var flags = await DocumentFlags.ForAccountsAsync(db, ids, today);
        flags.Values.Count(f => f.ExpiringSoon).ShouldBeGreaterThanOrEqualTo(3);
        flags.Values.Count(f => f.Expired).ShouldBe(2);

        var expiries = await db.AccountDocuments.Select(d => new { d.DocumentType!.Expires, d.ExpiresOn, d.IssuedOn }).ToListAsync();
        expiries.ShouldAllBe(d => d.Expires == (d.ExpiresOn != null) && d.IssuedOn != null && d.IssuedOn < today);
        expiries.Where(d => d.ExpiresOn != null).ShouldAllBe(d => d.ExpiresOn > d.IssuedOn);
        // Apart from the few chosen ones, expiries are a year or more away.
        expiries.Count(d => d.ExpiresOn != null && d.ExpiresOn < today.AddDays(365)).ShouldBeLessThanOrEqualTo(7);
    }

    [Fact]
    public async Task Chains_in_the_pipeline_hold_documents_as_far_as_they_got()
    {
        await using var db = fixture.CreateContext();
        var documents = await db.AccountDocuments
            .Join(db.Accounts, d => d.AccountId, a => a.Id, (d, a) => new { Document = d, a.State, a.AccountManagerId, a.CreatedAt })
            .ToListAsync();
        documents.Count.ShouldBe(ExpectedDocuments);
        documents.ShouldAllBe(d => d.Document.UploadedById == d.AccountManagerId && d.Document.UploadedAt > d.CreatedAt);
        documents.Where(d => d.Document.Verdict == DocumentVerdict.Rejected).ShouldAllBe(d => !string.IsNullOrWhiteSpace(d.Document.VerdictReason));
        documents.Where(d => d.Document.Verdict == DocumentVerdict.Pending).ShouldAllBe(d => d.Document.ReviewedById == null && d.Document.VerdictReason == null);

        var byState = documents.ToLookup(d => d.State, d => d.Document);
        byState[Draft].GroupBy(d => d.AccountId).ShouldAllBe(g => g.Count() == 1);
        byState[Draft].ShouldNotBeEmpty();
        byState[Submitted].ShouldAllBe(d => d.Verdict == DocumentVerdict.Pending && d.Version == 1);
        byState[Submitted].Select(d => d.AccountId).Distinct().Count().ShouldBe(3);
        var underReview = byState[UnderReview].ToList();
        underReview.ShouldContain(d => d.Verdict == DocumentVerdict.Pending);
        underReview.ShouldContain(d => d.Verdict == DocumentVerdict.Accepted);
        var rejected = underReview.Single(d => d.Verdict == DocumentVerdict.Rejected);
        var replacement = underReview.Single(d => d.Version == 2);
        replacement.ShouldSatisfyAllConditions(
            d => d.AccountId.ShouldBe(rejected.AccountId), d => d.DocumentTypeId.ShouldBe(rejected.DocumentTypeId),
            d => d.Verdict.ShouldBe(DocumentVerdict.Pending), d => d.UploadedAt.ShouldBeGreaterThan(rejected.ReviewedAt!.Value));
    }

    [Fact]
    public async Task Every_document_points_at_its_own_valid_pdf_or_png()
    {
        await using var db = fixture.CreateContext();
        var documents = await db.AccountDocuments
            .Join(db.StoredFiles, d => d.FileId, f => f.Id, (d, f) => new { Document = d, d.DocumentType!.Code, f.Content })
            .ToListAsync();
        documents.Count.ShouldBe(await db.AccountDocuments.CountAsync());
        documents.Select(d => d.Document.FileId).Distinct().Count().ShouldBe(documents.Count);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        foreach (var (document, code, content) in documents.Select(d => (d.Document, d.Code, d.Content)))
        {
            (content.AsSpan().StartsWith("%PDF-"u8) || content.AsSpan().StartsWith(png)).ShouldBeTrue(document.FileName);
            var kind = UploadedFileCheck.Check(content);
            document.ContentType.ShouldBe(kind.ContentType);
            document.FileName.ShouldBe($"{code.ToLowerInvariant().Replace('_', '-')}-v{document.Version}{kind.Extension}");
            document.SizeBytes.ShouldBe(content.Length);
            document.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(content)));
        }
        documents.ShouldContain(d => d.Document.ContentType == "image/png");
        documents.ShouldContain(d => d.Document.FileName == "business-licence-v1.pdf");
    }
}
