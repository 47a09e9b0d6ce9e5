using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Letters.Review;

// The account manager's part: the note and suggestions, then approve (the letter is rendered, frozen and queued in
// one transaction) or send back for a redraft. Every write names the version the person saw; a letter that changed
// since (a redraft, a colleague's click) is a conflict and nothing is written.
public sealed partial class LetterReview
{
    public async Task<RecordResult> SaveNoteAsync(
        Viewer viewer, int letterId, string? note, string? suggestions, uint version, CancellationToken ct = default)
    {
        var (letter, refusal) = await LoadForReviewAsync(viewer, letterId, version, ct);
        if (letter is null) return refusal!;

        var tidyNote = LetterText.Tidy(note);
        var tidySuggestions = LetterText.TidyLines(suggestions);
        var errors = new List<RecordError>();
        if (tidyNote?.Length > SalesLetterConfiguration.MaxNoteLength)
            errors.Add(new(LetterMessages.NoteField, LetterMessages.NoteTooLong, SalesLetterConfiguration.MaxNoteLength));
        if (tidySuggestions?.Length > SalesLetterConfiguration.MaxSuggestionsLength)
            errors.Add(new(LetterMessages.SuggestionsField, LetterMessages.SuggestionsTooLong, SalesLetterConfiguration.MaxSuggestionsLength));
        if (errors.Count > 0) return Forget(RecordResult.Refused(errors));

        // Unchanged suggestions stay "the computed ones", so that a redraft brings them up to date.
        var computed = ComputedSuggestions(LetterSnapshotJson.Read(letter.Snapshot), letter.Language);
        letter.PersonalNote = tidyNote;
        letter.Suggestions = tidySuggestions == computed ? null : tidySuggestions;
        return await SaveAsync(letter, version, ct);
    }

    /// <summary>
    /// Renders the draft with its own template version, stores the result as the letter for good, and queues its
    /// e-mail, all in one transaction: an approved letter always has its message, and a refused approval leaves
    /// neither. A letter whose account has no buyer contact is refused: there is nobody to send it to.
    /// </summary>
    public async Task<RecordResult> ApproveAsync(Viewer viewer, int letterId, uint version, CancellationToken ct = default)
    {
        var (letter, refusal) = await LoadForReviewAsync(viewer, letterId, version, ct);
        if (letter is null) return refusal!;
        if (letter.State == LetterState.SentBack) return Forget(RecordResult.Refused("", LetterMessages.SentBack));
        if (!await db.BuyerContacts.AnyAsync(c => c.AccountId == letter.AccountId, ct)) return Forget(RecordResult.Refused("", LetterMessages.NoBuyer));

        var rendered = await rendering.RenderAsync(letter, ct);
        letter.Subject = Cut(rendered.Subject, Templates.LetterTemplateConfiguration.MaxSubjectLength);
        letter.HtmlBody = rendered.HtmlBody;
        letter.TextBody = rendered.TextBody;
        (letter.State, letter.ApprovedById, letter.ApprovedAt) = (LetterState.Approved, viewer.UserId, clock.GetUtcNow());

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var queued = await delivery.QueueAsync(letter, ct);
        letter.OutgoingMessageId = queued.Id;
        var saved = await SaveAsync(letter, version, ct);
        if (saved.Succeeded) await transaction.CommitAsync(ct);
        return saved;
    }

    public async Task<RecordResult> SendBackAsync(Viewer viewer, int letterId, string? reason, uint version, CancellationToken ct = default)
    {
        var (letter, refusal) = await LoadForReviewAsync(viewer, letterId, version, ct);
        if (letter is null) return refusal!;
        if (letter.State == LetterState.SentBack) return Forget(RecordResult.Refused("", LetterMessages.AlreadySentBack));
        var tidy = LetterText.Tidy(reason);
        if (tidy is null) return Forget(RecordResult.Refused(LetterMessages.ReasonField, LetterMessages.ReasonMissing));
        if (tidy.Length > SalesLetterConfiguration.MaxReasonLength)
            return Forget(RecordResult.Refused(LetterMessages.ReasonField, LetterMessages.ReasonTooLong, SalesLetterConfiguration.MaxReasonLength));

        (letter.State, letter.SentBackReason, letter.SentBackById, letter.SentBackAt) = (LetterState.SentBack, tidy, viewer.UserId, clock.GetUtcNow());
        return await SaveAsync(letter, version, ct);
    }

    /// <summary>
    /// The letter, tracked, when the viewer is its account's manager, it is still open and unchanged since they saw
    /// it. Not visible: 404; visible but not theirs: 403; approved: refused; another version: a conflict.
    /// </summary>
    private async Task<(SalesLetter? Letter, RecordResult? Refusal)> LoadForReviewAsync(Viewer viewer, int letterId, uint version, CancellationToken ct)
    {
        var found = await (
                from l in db.SalesLetters
                join a in db.Accounts.VisibleTo(viewer) on l.AccountId equals a.Id
                where l.Id == letterId
                select new { Letter = l, a.AccountManagerId })
            .SingleOrDefaultAsync(ct);
        if (found is null) return (null, RecordResult.NoSuchRecord);
        if (!viewer.CanReview(found.AccountManagerId)) return (null, Forget(RecordResult.NotAllowed));
        if (found.Letter.State == LetterState.Approved) return (null, Forget(RecordResult.Refused("", LetterMessages.Approved)));
        return found.Letter.Version == version ? (found.Letter, null) : (null, Forget(RecordResult.Conflict()));
    }

    /// <summary>Saves over exactly the version the person saw: PostgreSQL's xmin in the UPDATE refuses anything else.</summary>
    private async Task<RecordResult> SaveAsync(SalesLetter letter, uint version, CancellationToken ct)
    {
        db.Entry(letter).Property(l => l.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(letter.Id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Forget(RecordResult.Conflict());
        }
    }

    private RecordResult Forget(RecordResult result) => RecordAccess.Forget(db, result);

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
