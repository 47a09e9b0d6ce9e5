using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GroupCrm.Core.Mail;

/// <summary>
/// One delivery batch. It claims due messages (FOR UPDATE SKIP LOCKED, so deliveries running at once
/// on several instances never take the same message), then sends them over one transport session.
/// Each message is moved to Sending just before it is handed over and to Sent just after, each in its
/// own statement: a crash can leave only the one message in flight in doubt. Such a message is found
/// in Sending after the lease and marked Unknown for a person to decide; it is never sent again on
/// its own (at most once: docs/decisions/0012-mail-outbox.md). Messages claimed but not started become
/// due again when the claim runs out.
/// </summary>
public sealed class OutboxDelivery(CrmDbContext db, IMailTransport transport, MailSettings settings, TimeProvider clock, ILogger<OutboxDelivery> logger)
{
    public const string InterruptedMessage =
        "Sending was interrupted: the message may or may not have reached the mail server. Ask a recipient, then send it again or mark it as sent.";

    public async Task<DeliveryReport> RunOnceAsync(CancellationToken ct = default)
    {
        var worker = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        var interrupted = await MarkInterruptedAsync(ct);
        var batch = await ClaimAsync(worker, ct);
        var tally = new Tally();
        if (batch.Count > 0)
        {
            var waiting = new Queue<OutgoingMessage>(batch);
            await SendAsync(waiting, worker, tally, ct);
            // Stopped early (shutdown): what was not started is free for the next delivery at once.
            var left = waiting.Select(m => m.Id).ToList();
            if (left.Count > 0)
                await db.OutgoingMessages.Where(m => left.Contains(m.Id) && m.ClaimedBy == worker && m.State == MailState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedAt, (DateTimeOffset?)null), CancellationToken.None);
        }
        var report = new DeliveryReport(batch.Count, tally.Sent, tally.Retrying, tally.GaveUp, interrupted);
        if (!report.IsEmpty)
            logger.LogInformation("Outbox delivery: {Claimed} due, {Sent} sent, {Retrying} to retry, {GaveUp} failed, {Interrupted} interrupted (now Unknown).",
                report.Claimed, report.Sent, report.Retrying, report.GaveUp, report.Interrupted);
        return report;
    }

    private async Task SendAsync(Queue<OutgoingMessage> waiting, string worker, Tally tally, CancellationToken ct)
    {
        IMailSession session;
        try { session = transport.OpenSession(); }
        catch (Exception e)
        {
            while (waiting.TryDequeue(out var message)) tally.Add(await FailAsync(message, worker, e));
            return;
        }
        using (session)
        {
            while (!ct.IsCancellationRequested && waiting.TryDequeue(out var message))
            {
                if (!await StartAsync(message, worker)) continue;
                try { await session.SendAsync(message); }
                catch (Exception e)
                {
                    tally.Add(await FailAsync(message, worker, e));
                    // The server is gone: the rest would only wait for the same timeout. They are put off together.
                    if (SendFailure.IsConnectionLost(e))
                        while (waiting.TryDequeue(out var rest)) tally.Add(await FailAsync(rest, worker, e));
                    continue;
                }
                if (await MarkSentAsync(message, worker)) tally.Sent++;
            }
        }
    }

    private Task<int> MarkInterruptedAsync(CancellationToken ct)
    {
        var staleBefore = clock.GetUtcNow() - settings.Lease;
        return db.OutgoingMessages.Where(m => m.State == MailState.Sending && m.ClaimedAt < staleBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MailState.Unknown).SetProperty(m => m.LastError, InterruptedMessage), ct);
    }

    private async Task<List<OutgoingMessage>> ClaimAsync(string worker, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var staleBefore = now - settings.Lease;
        var ids = await db.Database.SqlQuery<long>($"""
            UPDATE outgoing_messages SET claimed_by = {worker}, claimed_at = {now}
            WHERE id IN (SELECT id FROM outgoing_messages
                         WHERE state = 'Pending' AND next_attempt_at <= {now} AND (claimed_at IS NULL OR claimed_at < {staleBefore})
                         ORDER BY next_attempt_at, id
                         LIMIT {settings.BatchSize}
                         FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct);
        if (ids.Count == 0) return [];
        return await db.OutgoingMessages.AsNoTracking().Where(m => ids.Contains(m.Id) && m.ClaimedBy == worker)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).ToListAsync(ct);
    }

    // The state changes below run to the end even when the job is being stopped: what happened must be written down.

    private async Task<bool> StartAsync(OutgoingMessage message, string worker)
    {
        var now = clock.GetUtcNow();
        return await db.OutgoingMessages.Where(m => m.Id == message.Id && m.ClaimedBy == worker && m.State == MailState.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MailState.Sending).SetProperty(m => m.ClaimedAt, now), CancellationToken.None) == 1;
    }

    // From Unknown too: a send slower than the lease may have been marked Unknown meanwhile, and now we know.
    private async Task<bool> MarkSentAsync(OutgoingMessage message, string worker)
    {
        var now = clock.GetUtcNow();
        return await db.OutgoingMessages.Where(m => m.Id == message.Id && m.ClaimedBy == worker && (m.State == MailState.Sending || m.State == MailState.Unknown))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, MailState.Sent).SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.Attempts, message.Attempts + 1).SetProperty(m => m.LastError, (string?)null), CancellationToken.None) == 1;
    }

    private async Task<MailState?> FailAsync(OutgoingMessage message, string worker, Exception error)
    {
        var attempts = message.Attempts + 1;
        var state = attempts >= settings.MaxAttempts ? MailState.Failed : MailState.Pending;
        var next = clock.GetUtcNow() + RetrySchedule.DelayAfter(attempts);
        var text = SendFailure.Describe(error);
        logger.LogWarning("Outbox message {Id} ({Kind} {Key}), attempt {Attempts}: {Error}", message.Id, message.Kind, message.SubjectKey, attempts, text);
        var changed = await db.OutgoingMessages
            .Where(m => m.Id == message.Id && m.ClaimedBy == worker
                        && (m.State == MailState.Pending || m.State == MailState.Sending || m.State == MailState.Unknown))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, state).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.NextAttemptAt, next)
                .SetProperty(m => m.LastError, text).SetProperty(m => m.ClaimedBy, (string?)null).SetProperty(m => m.ClaimedAt, (DateTimeOffset?)null),
                CancellationToken.None);
        return changed == 1 ? state : null;
    }

    private sealed class Tally
    {
        public int Sent, Retrying, GaveUp;

        public void Add(MailState? outcome)
        {
            if (outcome == MailState.Pending) Retrying++;
            else if (outcome == MailState.Failed) GaveUp++;
        }
    }
}
