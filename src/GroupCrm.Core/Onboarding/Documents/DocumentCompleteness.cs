using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>
/// The completeness gate of spec §1: an account moves past UnderReview only when every required
/// document type has a current (latest) version that is Accepted and not expired.
/// </summary>
public static class DocumentCompleteness
{
    /// <returns>The required types that are missing, not yet accepted, or expired (empty when complete).</returns>
    public static async Task<IReadOnlyList<DocumentType>> MissingAsync(CrmDbContext db, int accountId, DateOnly today, CancellationToken ct = default)
    {
        var satisfied = await db.AccountDocuments
            .Where(d => d.AccountId == accountId)
            .Where(d => d.Version == db.AccountDocuments
                .Where(v => v.AccountId == d.AccountId && v.DocumentTypeId == d.DocumentTypeId).Max(v => v.Version))
            .Where(d => d.Verdict == DocumentVerdict.Accepted && (d.ExpiresOn == null || d.ExpiresOn >= today))
            .Select(d => d.DocumentTypeId)
            .ToListAsync(ct);
        return await db.DocumentTypes.Where(t => t.IsRequired && !satisfied.Contains(t.Id)).OrderBy(t => t.SortOrder).ToListAsync(ct);
    }
}
