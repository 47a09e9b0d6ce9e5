using GroupCrm.Core.Letters.Drafting;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>Renders a stored letter: as frozen at approval, or else from its template version and snapshot.</summary>
public sealed class LetterRendering(LetterTemplates templates, ILetterRenderer renderer)
{
    public async Task<RenderedLetter> RenderAsync(SalesLetter letter, CancellationToken ct = default)
    {
        if (letter.State == LetterState.Approved && letter.Subject is not null && letter.TextBody is not null)
            return new RenderedLetter(letter.Subject, letter.HtmlBody ?? "", letter.TextBody);
        var template = await templates.GetAsync(letter.TemplateId, ct)
            ?? throw new InvalidOperationException($"Letter {letter.Id} refers to template {letter.TemplateId}, which does not exist.");
        return renderer.Render(TemplateText.Of(template), LetterSnapshotJson.Read(letter.Snapshot), letter.Language,
            letter.PersonalNote, letter.Suggestions);
    }
}
