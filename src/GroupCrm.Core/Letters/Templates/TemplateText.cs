namespace GroupCrm.Core.Letters.Templates;

/// <summary>The three Handlebars parts of a letter template, as an administrator edits them.</summary>
public sealed record TemplateText(string Subject, string HtmlBody, string TextBody)
{
    public static TemplateText Of(LetterTemplate template) => new(template.Subject, template.HtmlBody, template.TextBody);

    /// <summary>The same text with \n line ends (browsers post \r\n), so versions compare and count alike.</summary>
    public TemplateText WithUnixLineEnds() =>
        new(Subject.ReplaceLineEndings("\n"), HtmlBody.ReplaceLineEndings("\n"), TextBody.ReplaceLineEndings("\n"));
}

/// <summary>A letter rendered from a template: the subject line and the two bodies of the e-mail.</summary>
public sealed record RenderedLetter(string Subject, string HtmlBody, string TextBody);

/// <summary>What is wrong with a template. Part is "Subject", "HtmlBody" or "TextBody"; Line is 1-based when known.</summary>
public sealed record TemplateProblem(string Part, int? Line, string Message);
