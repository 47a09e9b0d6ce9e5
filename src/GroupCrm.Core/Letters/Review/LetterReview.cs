using GroupCrm.Core.Data;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Letters.Review;

/// <summary>
/// The account manager's review of the monthly letters: the list of a month, one letter as the buyer will read it,
/// and (in the other parts of this class) the note, the decision and the delivery. Everything is scoped by the
/// viewer: a letter of an account they do not see does not exist for them.
/// </summary>
public sealed partial class LetterReview(
    CrmDbContext db, LetterRendering rendering, LetterDelivery delivery, MailOutbox outbox, OrganisationCalendar calendar, TimeProvider clock)
{
    /// <summary>
    /// The letters of <paramref name="month"/> (default: the month just closed) the viewer sees, in one query: the
    /// ones still to review first, then by account. <paramref name="districtId"/> narrows the list for those who see
    /// every district. The counts are of the whole month, whatever <paramref name="state"/> shows.
    /// </summary>
    public async Task<LetterList> ListAsync(
        Viewer viewer, DateOnly? month = null, LetterState? state = null, int? districtId = null, CancellationToken ct = default)
    {
        var shown = month ?? LetterMonths.Previous(calendar.Today);
        var rows = await (
                from l in db.SalesLetters.AsNoTracking()
                join a in db.Accounts.VisibleTo(viewer) on l.AccountId equals a.Id
                where l.Month == shown && (districtId == null || a.DistrictId == districtId)
                from m in db.OutgoingMessages.Where(m => m.Id == l.OutgoingMessageId).DefaultIfEmpty()
                orderby l.State == LetterState.Approved, a.Name, l.Id
                select new LetterRow(
                    l.Id, a.Id, a.Name, a.NameEn, a.District!.Name, a.District.NameEn, a.AccountManagerId, a.AccountManager!.DisplayName,
                    l.State, l.Generation, l.GeneratedAt, l.ApprovedAt,
                    m == null ? null : m.State, m == null ? null : m.LastError, m == null ? null : m.SentAt))
            .ToListAsync(ct);
        var counts = Enum.GetValues<LetterState>().ToDictionary(s => s, s => rows.Count(r => r.State == s));
        return new LetterList(shown, [.. rows.Where(r => state is null || r.State == state)], counts, rows.Count(r => r.NeedsAttention));
    }

    /// <summary>How many of the month's letters the viewer sees are in each state (every state listed).</summary>
    public async Task<IReadOnlyDictionary<LetterState, int>> CountsAsync(Viewer viewer, DateOnly? month = null, CancellationToken ct = default)
    {
        var shown = month ?? LetterMonths.Previous(calendar.Today);
        var counts = await db.SalesLetters.AsNoTracking().VisibleTo(db, viewer).Where(l => l.Month == shown)
            .GroupBy(l => l.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return Enum.GetValues<LetterState>().ToDictionary(s => s, s => counts.GetValueOrDefault(s));
    }

    /// <summary>One letter, rendered; null when there is no such letter or the viewer does not see its account.</summary>
    public async Task<LetterDetails?> GetAsync(Viewer viewer, int letterId, CancellationToken ct = default)
    {
        var found = await (
                from l in db.SalesLetters.AsNoTracking()
                join a in db.Accounts.VisibleTo(viewer) on l.AccountId equals a.Id
                where l.Id == letterId
                select new
                {
                    Letter = l,
                    Account = new LetterAccountView(a.Id, a.Name, a.NameEn, a.DistrictId, a.District!.Name, a.District.NameEn, a.AccountManagerId, a.AccountManager!.DisplayName),
                    TemplateNumber = db.LetterTemplates.Where(t => t.Id == l.TemplateId).Select(t => t.Number).FirstOrDefault(),
                    SentBackBy = db.Users.Where(u => u.Id == l.SentBackById).Select(u => u.DisplayName).FirstOrDefault(),
                    ApprovedBy = db.Users.Where(u => u.Id == l.ApprovedById).Select(u => u.DisplayName).FirstOrDefault(),
                    Delivery = db.OutgoingMessages.Where(m => m.Id == l.OutgoingMessageId)
                        .Select(m => new LetterDeliveryView(m.Id, m.MessageId, m.State, m.ToAddresses, m.CcAddresses, m.Attempts, m.LastError, m.NextAttemptAt, m.SentAt))
                        .FirstOrDefault(),
                    Buyers = db.BuyerContacts.Where(c => c.AccountId == a.Id).OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.Email }).ToList(),
                })
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
        if (found is null) return null;

        var letter = found.Letter;
        var snapshot = LetterSnapshotJson.Read(letter.Snapshot);
        var rendered = await rendering.RenderAsync(letter, ct);
        var buyers = found.Buyers.Select(b => new LetterBuyer(b.Id, b.Name, b.Email, MailAddressCheck.IsValid(LetterDelivery.Recipient(b.Name, b.Email)))).ToList();
        return new LetterDetails(
            letter.Id, letter.Month, letter.State, letter.Language, found.Account,
            letter.TemplateId, found.TemplateNumber, letter.Generation, letter.CreatedAt, letter.GeneratedAt,
            snapshot.HasSales, letter.PersonalNote, letter.Suggestions ?? ComputedSuggestions(snapshot, letter.Language), letter.Suggestions is not null,
            letter.SentBackReason, found.SentBackBy, letter.SentBackAt, found.ApprovedBy, letter.ApprovedAt,
            rendered, buyers, found.Delivery, Actions(viewer, letter.State, found.Account, found.Delivery?.State), letter.Version);
    }

    /// <summary>The letter as the buyer reads it (for its HTML view); null when not visible.</summary>
    public async Task<RenderedLetter?> RenderedAsync(Viewer viewer, int letterId, CancellationToken ct = default)
    {
        var letter = await db.SalesLetters.AsNoTracking().VisibleTo(db, viewer).SingleOrDefaultAsync(l => l.Id == letterId, ct);
        return letter is null ? null : await rendering.RenderAsync(letter, ct);
    }

    /// <summary>The computed suggestions of a snapshot in the letter's language, one a line.</summary>
    public static string ComputedSuggestions(LetterSnapshot snapshot, string language) => LetterText.Lines(SuggestionWording.Lines(snapshot, language));

    private static LetterActions Actions(Viewer viewer, LetterState state, LetterAccountView account, MailState? delivery)
    {
        var reviewer = viewer.CanReview(account.ManagerId);
        var sender = viewer.CanSendAgain(account.ManagerId) && state == LetterState.Approved;
        return new LetterActions(
            Edit: reviewer && state.IsOpen(),
            Approve: reviewer && state == LetterState.Draft,
            SendBack: reviewer && state == LetterState.Draft,
            Regenerate: state.IsOpen() && viewer.CanRegenerate(account.ManagerId, account.DistrictId),
            SendAgain: sender && delivery is MailState.Failed or MailState.Held or MailState.Unknown or MailState.Sent,
            MarkArrived: sender && delivery == MailState.Unknown);
    }
}
