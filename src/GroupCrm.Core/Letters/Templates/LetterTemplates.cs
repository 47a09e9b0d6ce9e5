using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// The versions of the letter templates. A version is never changed: an administrator's save adds the next
/// number, and the highest number of a language is the one new letters are drafted with.
/// </summary>
public sealed class LetterTemplates(CrmDbContext db, ILetterRenderer renderer, TimeProvider clock)
{
    /// <summary>The version in use; the shipped default becomes version 1 the first time a language is asked for.</summary>
    public async Task<LetterTemplate> CurrentAsync(string language, CancellationToken ct = default)
    {
        if (!NoticeLanguages.IsKnown(language))
            throw new ArgumentException($"Letters are not written in \"{language}\".", nameof(language));
        if (await LatestAsync(language, ct) is { } current)
            return current;
        // Two drafting runs may both find no template: the unique (language, number) lets one insert win.
        var text = DefaultTemplates.For(language);
        var now = clock.GetUtcNow().ToUniversalTime();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO letter_templates (language, number, subject, html_body, text_body, created_by_id, created_at)
            VALUES ({language}, 1, {text.Subject}, {text.HtmlBody}, {text.TextBody}, NULL, {now})
            ON CONFLICT (language, number) DO NOTHING
            """, ct);
        return await LatestAsync(language, ct) ?? throw new InvalidOperationException($"No letter template for {language}.");
    }

    public Task<LetterTemplate?> GetAsync(int id, CancellationToken ct = default) =>
        db.LetterTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);

    /// <summary>Every version of a language, newest first, with who saved it.</summary>
    public async Task<IReadOnlyList<TemplateVersion>> HistoryAsync(string language, CancellationToken ct = default) =>
        await db.LetterTemplates.AsNoTracking()
            .Where(t => t.Language == language)
            .OrderByDescending(t => t.Number)
            .Select(t => new TemplateVersion(t.Id, t.Number, t.CreatedAt,
                db.Users.Where(u => u.Id == t.CreatedById).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);

    /// <summary>Saves the next version of a language; refused unless it is based on the version in use and checks clean.</summary>
    public async Task<RecordResult> SaveAsync(Viewer viewer, string language, TemplateText text, int basedOnId, CancellationToken ct = default)
    {
        if (viewer.Role != Roles.Administrator)
            return RecordResult.NotAllowed;
        if (!NoticeLanguages.IsKnown(language))
            return RecordResult.Refused("Language", "Letters are written in English or Chinese only.");
        text = text.WithUnixLineEnds();
        var errors = TemplateRules.Problems(text).ToList();
        if (errors.Count > 0)
            return RecordResult.Refused(errors);
        errors = [.. renderer.Check(text).Select(TemplateRules.ToError)];
        if (errors.Count > 0)
            return RecordResult.Refused(errors);
        var current = await CurrentAsync(language, ct);
        if (current.Id != basedOnId)
            return RecordResult.Conflict();
        if (TemplateText.Of(current) == text)
            return RecordResult.Refused("", "Nothing has changed since version {0}.", current.Number);
        var saved = new LetterTemplate
        {
            Language = language,
            Number = current.Number + 1,
            Subject = text.Subject,
            HtmlBody = text.HtmlBody,
            TextBody = text.TextBody,
            CreatedById = viewer.UserId,
            CreatedAt = clock.GetUtcNow().ToUniversalTime(),
        };
        db.LetterTemplates.Add(saved);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.Entry(saved).State = EntityState.Detached;
            return RecordResult.Conflict();
        }
        return RecordResult.Done(saved.Id);
    }

    private Task<LetterTemplate?> LatestAsync(string language, CancellationToken ct) =>
        db.LetterTemplates.AsNoTracking().Where(t => t.Language == language).OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct);
}

/// <summary>One saved version: its number, when, and who saved it (null for the default that shipped).</summary>
public sealed record TemplateVersion(int Id, int Number, DateTimeOffset CreatedAt, string? CreatedBy);
