using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>
/// The daily reminder (spec §1): the account manager gets one in-app notification for every
/// accepted, current document of their accounts that expires within 30 days or has already
/// expired without a reminder (a job that was down for a week still reminds). One statement does
/// the work, and the unique index on (user, kind, subject) makes a re-run or two instances running
/// at once create nothing twice. Accounts still being drafted, or rejected, suspended or closed,
/// are left alone: nobody acts on their licences.
/// </summary>
public sealed class ExpiryReminders(CrmDbContext db, TimeProvider clock)
{
    public const string Kind = "document-expiring";

    private static readonly string[] States =
        [.. new[] { AccountState.UnderReview, AccountState.SiteSurveyed, AccountState.PendingApproval, AccountState.Active }.Select(s => s.ToString())];

    /// <returns>How many notifications this run created.</returns>
    public Task<int> CreateDueAsync(DateOnly today, CancellationToken ct = default)
    {
        var horizon = today.AddDays(DocumentRules.ExpiringSoonDays);
        var now = clock.GetUtcNow();
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO notifications (user_id, kind, subject_id, text, account_id, created_at)
            SELECT a.account_manager_id, {Kind}, d.id,
                   left(t.name || ' of ' || a.name || CASE WHEN d.expires_on < {today} THEN ' expired on ' ELSE ' expires on ' END
                        || to_char(d.expires_on, 'YYYY-MM-DD'), 500),
                   a.id, {now}
            FROM account_documents d
            JOIN group_accounts a ON a.id = d.account_id
            JOIN document_types t ON t.id = d.document_type_id
            JOIN users u ON u.id = a.account_manager_id AND NOT u.is_disabled
            WHERE d.verdict = 'Accepted' AND d.expires_on <= {horizon} AND a.state = ANY({States})
              AND NOT EXISTS (SELECT 1 FROM account_documents n
                              WHERE n.account_id = d.account_id AND n.document_type_id = d.document_type_id AND n.version > d.version)
            ON CONFLICT (user_id, kind, subject_id) DO NOTHING
            """, ct);
    }
}
