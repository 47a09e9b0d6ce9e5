using GroupCrm.Core.Data;
using GroupCrm.Core.Letters.Drafting;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// A template being edited, checked and rendered for an account and month as its letter would read. With no
/// account (or one that does not exist) the sample letter stands in. The account's letter of that month, if
/// there is one, lends its note and suggestions.
/// </summary>
public sealed class TemplatePreviewer(CrmDbContext db, LetterFacts facts, ILetterRenderer renderer)
{
    public async Task<TemplatePreview> PreviewAsync(string language, TemplateText text, int? accountId, DateOnly month, CancellationToken ct = default)
    {
        var problems = renderer.Check(text);
        var snapshot = accountId is { } id ? await facts.ForAccountAsync(id, month, ct) : null;
        var letter = snapshot is null ? null : await db.SalesLetters.AsNoTracking()
            .Where(l => l.AccountId == snapshot.Account.Id && l.Month == month)
            .Select(l => new { l.PersonalNote, l.Suggestions })
            .FirstOrDefaultAsync(ct);
        var sample = snapshot is null;
        snapshot ??= LetterSamples.Rich(month);
        var note = sample ? SampleNote(language) : letter?.PersonalNote;
        if (problems.Count > 0)
            return new TemplatePreview(problems, null, sample);
        return new TemplatePreview(problems, renderer.Render(text, snapshot, language, note, letter?.Suggestions), sample);
    }

    private static string SampleNote(string language) => language == Allocation.Notices.NoticeLanguages.Chinese
        ? "感谢贵司本月的支持。下周拜访时，我们再当面交流新品陈列事宜。"
        : "Thank you for your support this month. I look forward to discussing the new listings at next week's visit.";
}

/// <summary>What the check found and, when it found nothing, the letter as it would read.</summary>
public sealed record TemplatePreview(IReadOnlyList<TemplateProblem> Problems, RenderedLetter? Letter, bool FromSample);
