using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// What became of the demo rounds' notices: their e-mails went out a couple of minutes after approval; about two
/// buyers in three acknowledged the HQ notice within a few days (through the link, as the first buyer of the chain);
/// and each store notice was handed over at the first store visit of the month after it was issued at which the
/// account manager handed over a notice, signed for by the name on that visit. A notice of a round superseded since
/// was only acknowledged or handed over while it was in force, as the app allows.
/// </summary>
internal static class DemoNoticeReplies
{
    public static async Task AddAsync(CrmDbContext db, int[] roundIds, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"""
            UPDATE outgoing_messages SET state = 'Sent', attempts = 1, sent_at = created_at + interval '2 minutes'
            WHERE kind = 'allocation-notice' AND state = 'Pending'
            """, ct);
        await AcknowledgeAsync(db, roundIds, now, ct);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE allocation_notices n
            SET handed_over_at = h.visited_at, handed_over_visit_id = h.visit_id, handed_over_to = h.name
            FROM (
                SELECT DISTINCT ON (m.id) m.id AS notice_id, v.id AS visit_id, v.visited_at, v.notice_acknowledged_by AS name
                FROM allocation_notices m
                JOIN allocation_rounds r ON r.id = m.round_id
                JOIN visits v ON v.store_id = m.store_id AND v.notice_handed_over AND v.notice_acknowledged_by IS NOT NULL
                    AND v.visited_on >= r.month AND v.visited_on < r.month + interval '1 month'
                    AND v.visited_at >= m.issued_at AND v.visited_at < {now}
                    AND v.visited_at < coalesce((SELECT x.approved_at FROM allocation_rounds x WHERE x.supersedes_id = r.id), 'infinity')
                WHERE m.store_id IS NOT NULL AND m.round_id = ANY({roundIds})
                ORDER BY m.id, v.visited_at, v.id) h
            WHERE n.id = h.notice_id
            """, ct);
    }

    private static async Task AcknowledgeAsync(CrmDbContext db, int[] roundIds, DateTimeOffset now, CancellationToken ct)
    {
        var notices = await db.AllocationNotices
            .Where(n => roundIds.Contains(n.RoundId) && n.StoreId == null && n.EmailedAt != null)
            .OrderBy(n => n.Id)
            .ToListAsync(ct);
        var contacts = await db.BuyerContacts.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.AccountId, c.Name }).ToListAsync(ct);
        var firstBuyer = contacts.GroupBy(c => c.AccountId).ToDictionary(g => g.Key, g => g.First());
        var replacedAt = await db.AllocationRounds.AsNoTracking().Where(r => r.SupersedesId != null && r.ApprovedAt != null)
            .ToDictionaryAsync(r => r.SupersedesId!.Value, r => r.ApprovedAt!.Value, ct);
        foreach (var notice in notices)
        {
            if (DemoHash.Unit(150, notice.AccountId, notice.RoundId) >= 0.65 || !firstBuyer.TryGetValue(notice.AccountId, out var buyer)) continue;
            var at = notice.IssuedAt.AddMinutes(60 + (int)(DemoHash.Unit(151, notice.AccountId, notice.RoundId) * 5 * 24 * 60));
            if (at >= now || (replacedAt.TryGetValue(notice.RoundId, out var replaced) && at >= replaced)) continue;
            (notice.AcknowledgedAt, notice.AcknowledgedByContactId, notice.AcknowledgedByName) = (at, buyer.Id, buyer.Name);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
