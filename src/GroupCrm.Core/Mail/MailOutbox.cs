using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Mail;

/// <summary>
/// The outbox: features queue messages here, <see cref="OutboxDelivery"/> sends them, and a person
/// retries or settles the ones that did not go. Queueing uses the caller's <see cref="CrmDbContext"/>,
/// so a message queued inside the caller's transaction exists exactly when the caller's change does.
/// Callers authorize: this class does not know who is asking.
/// </summary>
public sealed class MailOutbox(CrmDbContext db, MailSettings settings, TimeProvider clock)
{
    /// <summary>
    /// Queues a message, or holds it with a reason when an address is not usable. The same kind and key
    /// queued again leave the existing message as it is, unless it is held: then the new content
    /// (e.g. with a corrected address) replaces it and is checked again.
    /// </summary>
    public async Task<QueuedMail> EnqueueAsync(MailRequest request, CancellationToken ct = default)
    {
        var message = MailRequestCheck.ToMessage(request, settings.From);
        var reason = MailAddressCheck.Problem(message.FromAddress, message.ToAddresses, message.CcAddresses);
        var state = (reason is null ? MailState.Pending : MailState.Held).ToString();
        var now = clock.GetUtcNow();
        var ids = await db.Database.SqlQuery<long>($"""
            INSERT INTO outgoing_messages (message_id, kind, subject_key, from_address, to_addresses, cc_addresses, subject,
                                           text_body, html_body, state, attempts, next_attempt_at, last_error, created_at)
            VALUES ({message.MessageId}, {message.Kind}, {message.SubjectKey}, {message.FromAddress}, {message.ToAddresses},
                    {message.CcAddresses}, {message.Subject}, {message.TextBody}, {message.HtmlBody},
                    {state}, 0, {now}, {reason}, {now})
            ON CONFLICT (kind, subject_key) DO UPDATE SET
                message_id = excluded.message_id, from_address = excluded.from_address, to_addresses = excluded.to_addresses,
                cc_addresses = excluded.cc_addresses, subject = excluded.subject, text_body = excluded.text_body,
                html_body = excluded.html_body, state = excluded.state, attempts = 0,
                next_attempt_at = excluded.next_attempt_at, last_error = excluded.last_error
            WHERE outgoing_messages.state = 'Held'
            RETURNING id AS "Value"
            """).ToListAsync(ct);
        if (ids.Count == 1)
            return new QueuedMail(ids[0], true, Enum.Parse<MailState>(state), reason);

        var existing = await db.OutgoingMessages.AsNoTracking()
            .Where(m => m.Kind == message.Kind && m.SubjectKey == message.SubjectKey)
            .Select(m => new { m.Id, m.State, m.LastError })
            .SingleAsync(ct);
        return new QueuedMail(existing.Id, false, existing.State, existing.State == MailState.Held ? existing.LastError : null);
    }

    /// <summary>
    /// Sends a failed, unknown or held message again, from a fresh set of attempts. Its addresses are
    /// checked again first; a message that is still not sendable stays held with the reason.
    /// </summary>
    public async Task<OutboxActionResult> RetryAsync(long id, CancellationToken ct = default)
    {
        var message = await db.OutgoingMessages.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return OutboxActionResult.NoSuchMessage;
        if (message.State is not (MailState.Failed or MailState.Unknown or MailState.Held))
            return OutboxActionResult.Refused("Only a failed, held or unknown message can be sent again.");

        if (MailAddressCheck.Problem(message.FromAddress, message.ToAddresses, message.CcAddresses) is { } problem)
        {
            message.State = MailState.Held;
            message.LastError = problem;
            var saved = await SaveAsync(ct);
            return saved.Succeeded ? OutboxActionResult.Refused("The message is still held: {0}", problem) : saved;
        }
        Requeue(message);
        return await SaveAsync(ct);
    }

    /// <summary>
    /// Sends a message that was sent once more (a recipient lost it): the same content and Message-ID, so the
    /// recipient's mail program can tell it is the same message, from a fresh set of attempts.
    /// </summary>
    public async Task<OutboxActionResult> SendAgainAsync(long id, CancellationToken ct = default)
    {
        var message = await db.OutgoingMessages.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return OutboxActionResult.NoSuchMessage;
        if (message.State != MailState.Sent) return OutboxActionResult.Refused("Only a sent message can be sent once more.");
        Requeue(message);
        return await SaveAsync(ct);
    }

    /// <summary>A person has found out that a message in the Unknown state did arrive.</summary>
    public async Task<OutboxActionResult> MarkSentAsync(long id, CancellationToken ct = default)
    {
        var message = await db.OutgoingMessages.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return OutboxActionResult.NoSuchMessage;
        if (message.State != MailState.Unknown)
            return OutboxActionResult.Refused("Only a message whose delivery is unknown can be marked as sent.");
        message.State = MailState.Sent;
        message.SentAt = clock.GetUtcNow();
        return await SaveAsync(ct);
    }

    /// <summary>How many messages are in each state (every state listed, zeros included).</summary>
    public async Task<IReadOnlyDictionary<MailState, int>> CountsAsync(CancellationToken ct = default)
    {
        var counts = await db.OutgoingMessages.GroupBy(m => m.State)
            .Select(g => new { State = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.State, c => c.Count, ct);
        return Enum.GetValues<MailState>().ToDictionary(s => s, s => counts.GetValueOrDefault(s));
    }

    private void Requeue(OutgoingMessage message)
    {
        message.State = MailState.Pending;
        message.Attempts = 0;
        message.NextAttemptAt = clock.GetUtcNow();
        message.ClaimedAt = null;
        message.ClaimedBy = null;
    }

    private async Task<OutboxActionResult> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return OutboxActionResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            // The delivery or another person changed the row since it was read (xmin).
            return OutboxActionResult.Refused(OutboxActionResult.ConflictMessage);
        }
    }
}
