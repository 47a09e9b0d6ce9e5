using System.Globalization;

namespace GroupCrm.Core.Organisation;

/// <summary>
/// Months and days written out in words, as e-mails, notices and letters print them: "October 2026" and
/// "14 October 2026" in English, 2026年10月 and 2026年10月14日 in Chinese.
/// </summary>
public static class WrittenDates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string EnglishMonth(DateOnly month) => month.ToString("MMMM yyyy", English);

    public static string ChineseMonth(DateOnly month) => $"{month.Year}年{month.Month}月";

    public static string EnglishDate(DateOnly day) => day.ToString("d MMMM yyyy", English);

    public static string ChineseDate(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";
}
