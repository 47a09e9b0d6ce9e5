namespace GroupCrm.Core.Letters.Templates;

/// <summary>The names of a template's three parts, as <see cref="TemplateProblem.Part"/> and form fields use them.</summary>
public static class TemplateParts
{
    public const string Subject = nameof(TemplateText.Subject);
    public const string HtmlBody = nameof(TemplateText.HtmlBody);
    public const string TextBody = nameof(TemplateText.TextBody);

    public static IReadOnlyList<string> All { get; } = [Subject, HtmlBody, TextBody];

    public static string Of(TemplateText template, string part) => part switch
    {
        Subject => template.Subject,
        HtmlBody => template.HtmlBody,
        TextBody => template.TextBody,
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Not a part of a letter template."),
    };
}
