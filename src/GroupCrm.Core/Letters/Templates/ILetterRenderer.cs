using GroupCrm.Core.Letters.Drafting;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>Turns a letter template and a letter's facts into the e-mail's subject and bodies.</summary>
public interface ILetterRenderer
{
    /// <summary>Compiles each part and renders it against sample letters; empty when the template is fit to use.</summary>
    IReadOnlyList<TemplateProblem> Check(TemplateText template);

    /// <summary>
    /// Renders a letter. <paramref name="suggestions"/> is the account manager's edited text, one suggestion a line,
    /// or null for the computed ones (<see cref="SuggestionWording.Lines"/>).
    /// </summary>
    RenderedLetter Render(TemplateText template, LetterSnapshot snapshot, string language, string? personalNote, string? suggestions);
}
