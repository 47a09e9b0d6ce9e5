using GroupCrm.Core.Letters.Templates;

namespace GroupCrm.Core.Tests.Letters.Templates;

/// <summary>A template that is the shipped English default with one part replaced, to check that part alone.</summary>
internal static class RendererChecks
{
    public static readonly HandlebarsLetterRenderer Renderer = new();

    public static TemplateText English => DefaultTemplates.For("en");

    public static IReadOnlyList<TemplateProblem> CheckHtml(string html) => Renderer.Check(English with { HtmlBody = html });

    public static IReadOnlyList<TemplateProblem> CheckText(string text) => Renderer.Check(English with { TextBody = text });

    public static IReadOnlyList<TemplateProblem> CheckSubject(string subject) => Renderer.Check(English with { Subject = subject });
}
