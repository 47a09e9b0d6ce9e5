using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>
/// The expiry flags of the account page and list: Expired when the current version of some
/// document expired before today, ExpiringSoon when one expires within the next 30 days (today
/// included). Rejected versions are left out: a rejected document counts as missing, not as expiring.
/// </summary>
public static class DocumentFlags
{
    public static async Task<(bool Expired, bool ExpiringSoon)> ForAccountAsync(CrmDbContext db, int accountId, DateOnly today, CancellationToken ct = default) =>
        (await ForAccountsAsync(db, [accountId], today, ct))[accountId];

    /// <returns>An entry for every id asked about; (false, false) for accounts with nothing to flag.</returns>
    public static async Task<Dictionary<int, (bool Expired, bool ExpiringSoon)>> ForAccountsAsync(
        CrmDbContext db, IEnumerable<int> accountIds, DateOnly today, CancellationToken ct = default)
    {
        var ids = accountIds.Distinct().ToList();
        var horizon = today.AddDays(DocumentRules.ExpiringSoonDays);
        var expiries = await db.AccountDocuments.Where(d => ids.Contains(d.AccountId)).Latest()
            .Where(d => d.Verdict != DocumentVerdict.Rejected && d.ExpiresOn != null && d.ExpiresOn <= horizon)
            .Select(d => new { d.AccountId, ExpiresOn = d.ExpiresOn!.Value })
            .ToListAsync(ct);
        return ids.ToDictionary(id => id, id => (
            expiries.Any(e => e.AccountId == id && e.ExpiresOn < today),
            expiries.Any(e => e.AccountId == id && e.ExpiresOn >= today)));
    }

    /// <summary>Only the current (highest) version of each document type of each account.</summary>
    public static IQueryable<AccountDocument> Latest(this IQueryable<AccountDocument> documents) =>
        documents.Where(d => !documents.Any(n => n.AccountId == d.AccountId && n.DocumentTypeId == d.DocumentTypeId && n.Version > d.Version));
}
