using System.Security.Cryptography;
using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>
/// The document register of an account (spec §1): versions are uploaded by the people who keep the
/// account's records, reviewed by the district's market manager, and downloaded by anyone who may
/// see the account. A version is never changed after its review; a rejected or expiring document is
/// replaced by a new version and the old ones stay as history.
/// </summary>
public sealed class DocumentRegister(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock)
{
    public async Task<DocumentResult> UploadAsync(Viewer viewer, int accountId, int typeId, string? number,
        DateOnly? issuedOn, DateOnly? expiresOn, string? fileName, Stream content, CancellationToken ct = default)
    {
        var account = await db.FindVisibleAsync(viewer, accountId, ct);
        if (account is null) return DocumentResult.NoSuchDocument;
        if (!viewer.CanEditRecords(account)) return DocumentResult.NotAllowed;
        if (!DocumentRules.AcceptsUploads(account.State))
            return DocumentResult.Refused("", "This account is closed; its documents can no longer change.");

        var today = calendar.Today;
        var type = await db.DocumentTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == typeId, ct);
        number = number?.Trim() ?? "";
        var errors = DocumentUploadRules.Check(type, number, issuedOn, expiresOn, today);
        var bytes = await UploadedFileCheck.ReadLimitedAsync(content, ct);
        var file = UploadedFileCheck.Check(bytes);
        if (!file.Accepted) errors.Add(new DocumentError("File", file.Error!));
        var latest = await db.AccountDocuments.Where(d => d.AccountId == accountId && d.DocumentTypeId == typeId)
            .OrderByDescending(d => d.Version).Select(d => new { d.Version, d.Verdict, d.ExpiresOn }).FirstOrDefaultAsync(ct);
        if (latest is not null && !DocumentRules.CanAddVersion(latest.Verdict, latest.ExpiresOn, today))
            errors.Add(latest.Verdict == DocumentVerdict.Pending
                ? new DocumentError("", "The current version of this document is waiting for review; it must be accepted or rejected before a new version is uploaded.")
                : new DocumentError("", "The current version of this document is accepted and still valid; a new version can be uploaded from 30 days before it expires."));
        if (errors.Count > 0) return DocumentResult.Refused(errors);

        var version = (latest?.Version ?? 0) + 1;
        var now = clock.GetUtcNow();
        var stored = new StoredFile { Id = Guid.NewGuid(), Content = bytes, StoredAt = now };
        var document = new AccountDocument
        {
            AccountId = accountId,
            DocumentTypeId = typeId,
            Version = version,
            Number = number,
            IssuedOn = issuedOn,
            ExpiresOn = expiresOn,
            FileId = stored.Id,
            FileName = DocumentFileName.Safe(fileName, type!.Code, version, file.Extension!),
            ContentType = file.ContentType!,
            SizeBytes = bytes.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
            UploadedById = viewer.UserId,
            UploadedAt = now,
            Verdict = DocumentVerdict.Pending,
        };
        db.StoredFiles.Add(stored);
        db.AccountDocuments.Add(document);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Two uploads of the same type at once both chose the same version number; the other one won.
            db.ChangeTracker.Clear();
            return DocumentResult.Refused("", "Someone else uploaded a version of this document in the meantime. Reload the page and try again.");
        }
        return DocumentResult.Done(document.Id);
    }

    public async Task<DocumentResult> ReviewAsync(Viewer viewer, int accountId, int documentId, DocumentVerdict verdict, string? reason, CancellationToken ct = default)
    {
        var account = await db.FindVisibleAsync(viewer, accountId, ct);
        if (account is null) return DocumentResult.NoSuchDocument;
        var document = await db.AccountDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.AccountId == accountId)
            .Select(d => new
            {
                d.Verdict,
                d.ExpiresOn,
                IsLatest = !db.AccountDocuments.Any(n => n.AccountId == d.AccountId && n.DocumentTypeId == d.DocumentTypeId && n.Version > d.Version),
            })
            .SingleOrDefaultAsync(ct);
        if (document is null) return DocumentResult.NoSuchDocument;
        if (!viewer.CanReview(account)) return DocumentResult.NotAllowed;

        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (verdict is not (DocumentVerdict.Accepted or DocumentVerdict.Rejected)) return DocumentResult.Refused("", "Choose Accept or Reject.");
        if (!document.IsLatest) return DocumentResult.Refused("", "Only the latest version of a document can be reviewed.");
        if (document.Verdict != DocumentVerdict.Pending) return DocumentResult.Refused("", "This version has already been reviewed.");
        if (verdict == DocumentVerdict.Rejected && reason is null) return DocumentResult.Refused("Reason", "Give the reason for rejecting this document.");
        if (reason?.Length > DocumentRules.MaxReasonLength) return DocumentResult.Refused("Reason", "The reason can be at most 500 characters.");
        if (verdict == DocumentVerdict.Accepted && DocumentRules.IsExpired(document.ExpiresOn, calendar.Today))
            return DocumentResult.Refused("", "This document has expired and cannot be accepted; reject it and ask for the current one.");

        // Only a version that is still pending is changed, so of two reviewers at once the second is told, not obeyed.
        var now = clock.GetUtcNow();
        var changed = await db.AccountDocuments
            .Where(d => d.Id == documentId && d.Verdict == DocumentVerdict.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Verdict, verdict)
                .SetProperty(d => d.VerdictReason, reason)
                .SetProperty(d => d.ReviewedById, viewer.UserId)
                .SetProperty(d => d.ReviewedAt, now), ct);
        return changed == 1
            ? DocumentResult.Done(documentId)
            : DocumentResult.Refused("", "Someone else reviewed this document in the meantime. Reload the page and try again.");
    }

    /// <returns>The file, or null when the viewer may not see the account or the document is not the account's.</returns>
    public Task<DocumentDownload?> OpenForDownloadAsync(Viewer viewer, int accountId, int documentId, CancellationToken ct = default)
    {
        var visible = db.Accounts.VisibleTo(viewer).Where(a => a.Id == accountId);
        return db.AccountDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.AccountId == accountId && visible.Any())
            .Join(db.StoredFiles, d => d.FileId, f => f.Id, (d, f) => new DocumentDownload(f.Content, d.ContentType, d.FileName))
            .SingleOrDefaultAsync(ct);
    }
}
