using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Letters.Drafting;

/// <summary>One letter to write: the account, the language and template version it is written in, and its facts as JSON.</summary>
internal sealed record DraftLetter(int AccountId, string Language, int TemplateId, string Snapshot);

/// <summary>
/// Writes a batch of letters in one statement. The unique index on (account, month) makes "one letter per account
/// and month" the database's promise, not ours: a letter that exists is regenerated in place (unless approved), so
/// a second run, a run on another app instance at the same moment, or a re-run after a crash can never add a second
/// one. Concurrent runs wait on each other's rows and then regenerate; both write accounts in ascending order, so
/// they cannot deadlock. A statement is atomic: a crash leaves each batch's letters all written or none.
/// </summary>
internal static class LetterUpsert
{
    /// <returns>How many letters the batch created and how many it regenerated; the rest were approved and left untouched.</returns>
    public static async Task<(int Created, int Regenerated)> WriteAsync(
        CrmDbContext db, DateOnly month, IReadOnlyList<DraftLetter> batch, DateTimeOffset now, CancellationToken ct)
    {
        var accounts = batch.Select(l => l.AccountId).ToArray();
        var languages = batch.Select(l => l.Language).ToArray();
        var templates = batch.Select(l => l.TemplateId).ToArray();
        var snapshots = batch.Select(l => l.Snapshot).ToArray();
        var at = now.ToUniversalTime();
        // A regenerated letter keeps its personal note and edited suggestions; a sent-back one forgets why it was sent back.
        var written = await db.Database.SqlQuery<WrittenLetter>($"""
            INSERT INTO sales_letters AS l (account_id, month, state, language, template_id, snapshot, created_at, generated_at, generation)
            SELECT d.account_id, {month}, 'Draft', d.language, d.template_id, d.snapshot::jsonb, {at}, {at}, 1
            FROM unnest({accounts}, {languages}, {templates}, {snapshots}) AS d(account_id, language, template_id, snapshot)
            ORDER BY d.account_id
            ON CONFLICT (account_id, month) DO UPDATE SET
                state = 'Draft', language = excluded.language, template_id = excluded.template_id, snapshot = excluded.snapshot,
                generated_at = excluded.generated_at, generation = l.generation + 1,
                sent_back_reason = NULL, sent_back_by_id = NULL, sent_back_at = NULL
            WHERE l.state <> 'Approved'
            RETURNING l.account_id AS "AccountId", l.generation AS "Generation"
            """).ToListAsync(ct);
        var created = written.Count(w => w.Generation == 1);
        return (created, written.Count - created);
    }

    private sealed record WrittenLetter(int AccountId, int Generation);
}
