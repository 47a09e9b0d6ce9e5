using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// Issues an approved round's notices: one per account line (the HQ notice, all its stores) and one per store
/// line, each in the account's notice language, and queues the HQ notice to every buyer of the account with
/// their own acknowledgement link. It runs inside the approval's transaction on the same context, so the
/// notices and their e-mails exist exactly when the approval does.
/// </summary>
public sealed class NoticeIssuer(
    CrmDbContext db, NoticeDocuments documents, AcknowledgementLinks links, MailOutbox outbox,
    OrganisationCalendar calendar, TimeProvider clock)
{
    /// <summary>
    /// Saves the context first (the caller's approval and store lines), so a concurrency failure of the caller's
    /// changes surfaces here as <see cref="DbUpdateConcurrencyException"/>. A round that has notices already is
    /// left as it is: issuing twice changes nothing.
    /// </summary>
    public async Task IssueAsync(AllocationRound round, CancellationToken ct = default)
    {
        await db.SaveChangesAsync(ct);
        if (await db.AllocationNotices.AnyAsync(n => n.RoundId == round.Id, ct)) return;

        var lines = await db.RoundLines.AsNoTracking().Where(l => l.RoundId == round.Id)
            .OrderBy(l => l.AccountId)
            .Select(l => new
            {
                l.AccountId, l.FinalPacks, l.FinalUnits,
                Language = db.Accounts.Where(a => a.Id == l.AccountId).Select(a => a.NoticeLanguage).First(),
                Stores = l.Stores.OrderBy(s => s.StoreId).Select(s => new { s.StoreId, s.FinalPacks, s.FinalUnits }).ToList(),
            })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var hqNotices = new List<AllocationNotice>();
        foreach (var line in lines)
        {
            var language = NoticeLanguages.IsKnown(line.Language) ? line.Language : NoticeLanguages.Chinese;
            AllocationNotice Notice(int? storeId, long packs, long units) => new()
            {
                RoundId = round.Id, AccountId = line.AccountId, StoreId = storeId, Packs = packs, Units = units, Language = language, IssuedAt = now,
            };
            var hq = Notice(null, line.FinalPacks, line.FinalUnits);
            hqNotices.Add(hq);
            db.AllocationNotices.Add(hq);
            db.AllocationNotices.AddRange(line.Stores.Select(s => Notice(s.StoreId, s.FinalPacks, s.FinalUnits)));
        }
        await db.SaveChangesAsync(ct);

        foreach (var notice in hqNotices) notice.EmailedAt = await EmailAsync(notice, now, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <returns>When the notice was queued to at least one buyer; null when there is no buyer, or every address is held as unusable.</returns>
    private async Task<DateTimeOffset?> EmailAsync(AllocationNotice notice, DateTimeOffset now, CancellationToken ct)
    {
        var contacts = await db.BuyerContacts.AsNoTracking().Where(c => c.AccountId == notice.AccountId)
            .OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.Email }).ToListAsync(ct);
        if (contacts.Count == 0) return null;

        var document = (await documents.ForNoticeAsync(notice.Id, ct))!;
        var expiresAt = links.ExpiryFromNow();
        var localExpiry = TimeZoneInfo.ConvertTime(expiresAt, calendar.TimeZone);
        var queued = false;
        foreach (var contact in contacts)
        {
            var link = links.PathFor(notice.Id, links.TokenFor(notice.Id, contact.Id, expiresAt));
            var mail = await outbox.EnqueueAsync(NoticeMail.For(document, contact.Id, contact.Name, contact.Email, link, localExpiry), ct);
            queued |= mail.State != MailState.Held;
        }
        return queued ? now : null;
    }
}
