namespace GroupCrm.Web.Infrastructure;

/// <summary>The two languages of the UI: English and Simplified Chinese.</summary>
public static class Cultures
{
    public const string Default = "en";
    public static readonly string[] All = ["en", "zh-Hans"];
}
