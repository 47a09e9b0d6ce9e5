using System.Globalization;
using GroupCrm.Core.Allocation.Notices;

namespace GroupCrm.Web.Pages.Notices;

/// <summary>
/// A notice is read in its own language, whatever the reader's interface language: the few words a page adds
/// around the notice's text (figure captions, the signature lines) follow the notice, not the reader.
/// </summary>
public static class NoticeCulture
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");

    public static CultureInfo For(string? language) => language == NoticeLanguages.English ? English : Chinese;

    /// <summary>The value of the HTML lang attribute, so that browsers and screen readers pick the right fonts and voice.</summary>
    public static string HtmlLang(string? language) => language == NoticeLanguages.English ? "en" : "zh-Hans";

    /// <summary>The other language: a page that cannot trust its link says its refusal in both.</summary>
    public static string Other(string? language) => language == NoticeLanguages.English ? NoticeLanguages.Chinese : NoticeLanguages.English;

    public static string Month(DateOnly month, string? language) => language == NoticeLanguages.English
        ? month.ToString("MMMM yyyy", English)
        : string.Create(CultureInfo.InvariantCulture, $"{month.Year}年{month.Month}月");

    public static string Count(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Runs <paramref name="lookup"/> with the UI culture of <paramref name="language"/>. Synchronous on purpose: the
    /// culture is back to the reader's before anything else on the page is written.
    /// </summary>
    public static string In(string? language, Func<string> lookup)
    {
        var reader = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = For(language);
        try { return lookup(); }
        finally { CultureInfo.CurrentUICulture = reader; }
    }
}
