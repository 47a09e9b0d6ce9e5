namespace GroupCrm.Web.Pages.Admin.Templates;

/// <summary>What the edit page shows of a preview; also its JSON for the page's script (camelCase).</summary>
public sealed record TemplatePreviewView(
    string? Subject, string? HtmlUrl, string? Text, IReadOnlyList<TemplatePreviewProblem> Problems, string? Notice)
{
    public static readonly TemplatePreviewView None = new(null, null, null, [], null);
}

public sealed record TemplatePreviewProblem(string Part, int? Line, string Text);
