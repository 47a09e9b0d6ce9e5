using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Letters.Review;

// After approval: the letter itself never changes again; only its delivery can be tried again. A held message is
// queued again with the buyer contacts as they are now (the reason it was held is usually a contact that has been
// corrected since); a failed or unknown one is retried as it was; a sent one goes once more with the same
// Message-ID, which the buyer's mail program shows as the same letter.
public sealed partial class LetterReview
{
    public async Task<RecordResult> ResendAsync(Viewer viewer, int letterId, CancellationToken ct = default)
    {
        var (letter, state, refusal) = await LoadForDeliveryAsync(viewer, letterId, ct);
        if (letter is null) return refusal!;
        switch (state)
        {
            case MailState.Held:
                var queued = await delivery.QueueAsync(letter, ct);
                return queued.State == MailState.Held
                    ? RecordResult.Refused("", LetterMessages.StillHeld, queued.HeldReason ?? "")
                    : RecordResult.Done(letter.Id);
            case MailState.Failed or MailState.Unknown:
                return Outcome(letter.Id, await outbox.RetryAsync(letter.OutgoingMessageId!.Value, ct));
            case MailState.Sent:
                return Outcome(letter.Id, await outbox.SendAgainAsync(letter.OutgoingMessageId!.Value, ct));
            default:
                return RecordResult.Refused("", LetterMessages.OnItsWay);
        }
    }

    /// <summary>A person found out that a letter whose sending was interrupted did reach the buyers.</summary>
    public async Task<RecordResult> MarkArrivedAsync(Viewer viewer, int letterId, CancellationToken ct = default)
    {
        var (letter, state, refusal) = await LoadForDeliveryAsync(viewer, letterId, ct);
        if (letter is null) return refusal!;
        if (state != MailState.Unknown) return RecordResult.Refused("", LetterMessages.NotUnknown);
        return Outcome(letter.Id, await outbox.MarkSentAsync(letter.OutgoingMessageId!.Value, ct));
    }

    private async Task<(SalesLetter? Letter, MailState? State, RecordResult? Refusal)> LoadForDeliveryAsync(Viewer viewer, int letterId, CancellationToken ct)
    {
        var found = await (
                from l in db.SalesLetters.AsNoTracking()
                join a in db.Accounts.VisibleTo(viewer) on l.AccountId equals a.Id
                where l.Id == letterId
                select new
                {
                    Letter = l, a.AccountManagerId,
                    State = db.OutgoingMessages.Where(m => m.Id == l.OutgoingMessageId).Select(m => (MailState?)m.State).FirstOrDefault(),
                })
            .SingleOrDefaultAsync(ct);
        if (found is null) return (null, null, RecordResult.NoSuchRecord);
        if (!viewer.CanSendAgain(found.AccountManagerId)) return (null, null, RecordResult.NotAllowed);
        if (found.Letter.State != LetterState.Approved) return (null, null, RecordResult.Refused("", LetterMessages.NotApproved));
        if (found.State is null) return (null, null, RecordResult.Refused("", LetterMessages.NotQueued));
        return (found.Letter, found.State, null);
    }

    private static RecordResult Outcome(int letterId, OutboxActionResult result) => result switch
    {
        { Succeeded: true } => RecordResult.Done(letterId),
        { Error: OutboxActionResult.ConflictMessage } => RecordResult.Conflict(),
        { NotFound: true } => RecordResult.Refused("", LetterMessages.NotQueued),
        _ => RecordResult.Refused("", result.Error!, result.Arguments),
    };
}
