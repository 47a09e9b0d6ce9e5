using GroupCrm.Core.Letters.Templates;

namespace GroupCrm.Web.Pages.Admin.Templates;

/// <summary>The edit form: the three parts and the version they were started from (to catch a save in between).</summary>
public sealed class TemplateInput
{
    public string? Subject { get; set; }
    public string? HtmlBody { get; set; }
    public string? TextBody { get; set; }
    public int BasedOnId { get; set; }

    public TemplateText ToText() => new(Subject ?? "", HtmlBody ?? "", TextBody ?? "");

    public static TemplateInput Of(LetterTemplate template, int basedOnId) => new()
    {
        Subject = template.Subject,
        HtmlBody = template.HtmlBody,
        TextBody = template.TextBody,
        BasedOnId = basedOnId,
    };
}
