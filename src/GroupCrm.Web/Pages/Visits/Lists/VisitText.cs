using System.Globalization;
using GroupCrm.Core.Visits;

namespace GroupCrm.Web.Pages.Visits.Lists;

/// <summary>How the visit lists write days, times and kinds: ISO dates and 24-hour times in every language.</summary>
public static class VisitText
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset local) => local.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DayAndTime(DateTimeOffset local) => local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The English word for a kind of visit (a localization key).</summary>
    public static string Kind(VisitKind kind) => kind == VisitKind.Hq ? "HQ visit" : "Store visit";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>"2026-03" (also "2026-3") as the first of that month; years 2000 to 2100.</summary>
    public static bool TryParseMonth(string? text, out DateOnly month)
    {
        month = default;
        var parts = (text ?? "").Trim().Split('-');
        if (parts.Length != 2 || parts[0].Length != 4 || parts[1].Length is < 1 or > 2) return false;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return false;
        if (year is < 2000 or > 2100 || number is < 1 or > 12) return false;
        month = new DateOnly(year, number, 1);
        return true;
    }

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact((text ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        && day.Year is >= 2000 and <= 2100;

    public static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact((text ?? "").Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
