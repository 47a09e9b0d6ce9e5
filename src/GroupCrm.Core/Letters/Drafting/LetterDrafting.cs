using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Data;
using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Analytics;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Letters.Drafting;

/// <summary>
/// Drafts the month's letters: for every active account a new draft, or its draft (or sent-back letter) drafted
/// again from today's figures and the template version in use, keeping the account manager's note and edited
/// suggestions. An approved letter is never touched. Re-runnable, and safe on several app instances at once
/// (see <see cref="LetterUpsert"/>).
/// </summary>
public sealed class LetterDrafting(CrmDbContext db, LetterFacts facts, LetterTemplates templates, OrganisationCalendar calendar, TimeProvider clock)
{
    public const string ApprovedMessage = "This letter has been approved: it can no longer be regenerated.";

    /// <summary>Accounts written per statement: a crash loses at most one batch's work, which the next run writes.</summary>
    internal int BatchSize { get; set; } = 100;

    /// <exception cref="ArgumentException">The month has not ended, or lies more than 24 months back (<see cref="LetterMonths.Problem"/>).</exception>
    public async Task<DraftingReport> DraftMonthAsync(DateOnly month, CancellationToken ct = default)
    {
        month = SalesMonth.Of(month);
        if (LetterMonths.Problem(month, calendar.Today) is { } problem)
            throw new ArgumentException($"{problem} ({LetterMonths.Format(month)})");

        var drafts = await facts.DraftsAsync(month, null, ct);
        var templateIds = await TemplatesAsync(drafts.Select(d => LanguageOf(d.Account)), ct);
        var now = clock.GetUtcNow();
        var (created, regenerated) = (0, 0);
        foreach (var batch in drafts.Chunk(BatchSize))
        {
            var letters = batch.Select(d => new DraftLetter(
                d.Account.Id, LanguageOf(d.Account), templateIds[LanguageOf(d.Account)], LetterSnapshotJson.Write(d.Snapshot))).ToList();
            var written = await LetterUpsert.WriteAsync(db, month, letters, now, ct);
            created += written.Created;
            regenerated += written.Regenerated;
        }
        return new DraftingReport(month, drafts.Count, created, regenerated, drafts.Count - created - regenerated);
    }

    /// <summary>Drafts one letter again now, for its account's manager, the district's market manager or an administrator.</summary>
    public Task<RecordResult> RegenerateAsync(Viewer viewer, int letterId, CancellationToken ct = default) =>
        RegenerateAsync(viewer, letterId, null, ct);

    /// <summary>As <see cref="RegenerateAsync(Viewer, int, CancellationToken)"/>, refused when the letter changed since it was read at <paramref name="expectedVersion"/>.</summary>
    public Task<RecordResult> RegenerateAsync(Viewer viewer, int letterId, uint expectedVersion, CancellationToken ct = default) =>
        RegenerateAsync(viewer, letterId, (uint?)expectedVersion, ct);

    private async Task<RecordResult> RegenerateAsync(Viewer viewer, int letterId, uint? expectedVersion, CancellationToken ct)
    {
        var letter = await db.SalesLetters.SingleOrDefaultAsync(l => l.Id == letterId, ct);
        var account = letter is null ? null : await db.FindVisibleAsync(viewer, letter.AccountId, ct);
        if (letter is null || account is null) return RecordAccess.Forget(db, RecordResult.NoSuchRecord);
        if (!viewer.CanEditRecords(account)) return RecordAccess.Forget(db, RecordResult.NotAllowed);
        if (letter.State == LetterState.Approved) return RecordAccess.Forget(db, RecordResult.Refused("", ApprovedMessage));
        if (expectedVersion is { } expected && letter.Version != expected) return RecordAccess.Forget(db, RecordResult.Conflict());

        var draft = (await facts.DraftsAsync(letter.Month, [letter.AccountId], ct)).Single();
        var language = LanguageOf(draft.Account);
        letter.Snapshot = LetterSnapshotJson.Write(draft.Snapshot);
        letter.Language = language;
        letter.TemplateId = (await templates.CurrentAsync(language, ct)).Id;
        letter.State = LetterState.Draft;
        letter.Generation++;
        letter.GeneratedAt = clock.GetUtcNow().ToUniversalTime();
        (letter.SentBackReason, letter.SentBackById, letter.SentBackAt) = (null, null, null);
        // xmin guards the write: an approval (or a drafting run) saved since the read makes this a conflict, not an overwrite.
        return await db.SaveVersionedAsync(letter, l => l.Version, letter.Version, l => l.Id, ct);
    }

    private async Task<Dictionary<string, int>> TemplatesAsync(IEnumerable<string> languages, CancellationToken ct)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in languages.Distinct().Order(StringComparer.Ordinal))
            ids[language] = (await templates.CurrentAsync(language, ct)).Id;
        return ids;
    }

    /// <summary>The account's notice language; a value the letters do not know falls back to Chinese, the default.</summary>
    private static string LanguageOf(LetterAccount account) =>
        NoticeLanguages.IsKnown(account.NoticeLanguage) ? account.NoticeLanguage : NoticeLanguages.Chinese;
}
