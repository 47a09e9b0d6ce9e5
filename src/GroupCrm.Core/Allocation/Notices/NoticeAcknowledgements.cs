using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// The public acknowledgement of an HQ notice through the e-mailed link, without sign-in. Opening the link
/// records nothing (mail scanners open links too); only the form's POST does, and only once: the first buyer's
/// acknowledgement stands. Every refusal records nothing.
/// </summary>
public sealed class NoticeAcknowledgements(CrmDbContext db, AcknowledgementLinks links, NoticeDocuments documents, TimeProvider clock)
{
    public const int MaxNameLength = 100;
    public const string NameRequiredMessage = "Enter your name.";
    public const string NameTooLongMessage = "The name can be at most 100 characters.";

    /// <summary>What the link's page shows: the notice with the form, or why it is refused.</summary>
    public async Task<AckPage> OpenAsync(int noticeId, string? token, CancellationToken ct = default)
    {
        var notice = await db.AllocationNotices.AsNoTracking().Where(n => n.Id == noticeId && n.StoreId == null)
            .Select(n => new
            {
                n.AccountId, n.Language,
                Superseded = db.AllocationRounds.Any(r => r.Id == n.RoundId && r.State == RoundState.Superseded),
            })
            .SingleOrDefaultAsync(ct);
        var check = links.Check(noticeId, token);
        // Only a genuine token (even an expired one) earns the notice's language; a forged one learns nothing of the notice.
        var language = check.Refusal != AckRefusal.InvalidToken ? notice?.Language ?? NoticeLanguages.Chinese : NoticeLanguages.Chinese;
        if (!check.IsValid) return AckPage.Refused(check.Refusal, language);
        if (notice is null) return AckPage.Refused(AckRefusal.NoSuchNotice, language);
        if (notice.Superseded) return AckPage.Refused(AckRefusal.Superseded, language);

        var contact = await db.BuyerContacts.AsNoTracking().Where(c => c.Id == check.ContactId && c.AccountId == notice.AccountId)
            .Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (contact is null) return AckPage.Refused(AckRefusal.ContactRemoved, language);

        // Decided on the document itself, read last: an acknowledgement or a correction saved since the first read shows.
        var document = (await documents.ForNoticeAsync(noticeId, ct))!;
        if (document.Status.RoundSuperseded) return AckPage.Refused(AckRefusal.Superseded, language);
        return new AckPage(document.Status.Acknowledged ? AckRefusal.AlreadyAcknowledged : AckRefusal.None, language, document, contact);
    }

    /// <summary>Records who acknowledged and when, after every check of <see cref="OpenAsync"/> and of the name typed.</summary>
    public async Task<AckOutcome> AcknowledgeAsync(int noticeId, string? token, string? name, CancellationToken ct = default)
    {
        var page = await OpenAsync(noticeId, token, ct);
        if (!page.CanAcknowledge) return AckOutcome.Refused(page);

        var typed = Tidy(name);
        if (Check(typed) is { Count: > 0 } errors) return AckOutcome.Invalid(page, errors);

        var contactId = links.Check(noticeId, token).ContactId;
        var now = clock.GetUtcNow();
        // One conditional UPDATE: of two buyers acknowledging at once, the second finds the notice acknowledged
        // (PostgreSQL re-checks the condition on the row the first one changed) and records nothing.
        var recorded = await db.AllocationNotices
            .Where(n => n.Id == noticeId && n.AcknowledgedAt == null
                && db.AllocationRounds.Any(r => r.Id == n.RoundId && r.State == RoundState.Approved))
            .ExecuteUpdateAsync(u => u
                .SetProperty(n => n.AcknowledgedAt, now)
                .SetProperty(n => n.AcknowledgedByName, typed)
                .SetProperty(n => n.AcknowledgedByContactId, contactId), ct);
        if (recorded == 0) return AckOutcome.Refused(await OpenAsync(noticeId, token, ct));

        var document = await documents.ForNoticeAsync(noticeId, ct);
        return AckOutcome.Done(page with { Notice = document });
    }

    /// <summary>Trimmed, inner runs of white space (line breaks and tabs too) made one space; null when nothing is left.</summary>
    private static string? Tidy(string? name)
    {
        var words = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length == 0 ? null : string.Join(' ', words);
    }

    private static List<RecordError> Check(string? name)
    {
        const string field = "Name";
        if (name is null) return [new(field, NameRequiredMessage)];
        if (name.Length > MaxNameLength) return [new(field, NameTooLongMessage)];
        if (name.Any(char.IsControl)) return [new(field, "The name may not contain control characters.")];
        return [];
    }
}
