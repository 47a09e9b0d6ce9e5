using System.Globalization;
using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Letters.Templates;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Admin.Templates;

/// <summary>How the template pages name languages and parts, and word a problem the check found.</summary>
public static class TemplateDisplay
{
    /// <summary>The English name of a language (a localization key).</summary>
    public static string LanguageName(string language) => language == NoticeLanguages.English ? "English" : "Chinese";

    /// <summary>The English name of a template part (a localization key).</summary>
    public static string PartName(string part) => part switch
    {
        TemplateParts.Subject => "Subject",
        TemplateParts.HtmlBody => "HTML body",
        _ => "Text body",
    };

    /// <summary>"HTML body, line 12: Unknown helper …". The check's own words are English.</summary>
    public static string Problem(IStringLocalizer localizer, TemplateProblem problem)
    {
        var part = localizer[PartName(problem.Part)].Value;
        return problem.Line is { } line
            ? localizer["{0}, line {1}: {2}", part, line, problem.Message].Value
            : localizer["{0}: {1}", part, problem.Message].Value;
    }

    public static string Time(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
