using System.Globalization;
using System.Text.RegularExpressions;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Sales.Targets;

/// <summary>
/// Months as targets and forecasts count them: the first day of a month in the organisation's calendar.
/// The current month is the one today falls in; a month has closed once it has ended.
/// </summary>
public static partial class SalesMonth
{
    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly Current(OrganisationCalendar calendar) => Of(calendar.Today);

    /// <summary>"2026-03": how months are written in files, links and forms, whatever the language.</summary>
    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Reads "2026-03" (also "2026-3" and "2026/03", as spreadsheets write it); years 2000 to 2099.</summary>
    public static bool TryParse(string? text, out DateOnly month)
    {
        month = default;
        var match = MonthPattern().Match(text?.Trim() ?? "");
        if (!match.Success) return false;
        var (year, number) = (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        if (number is < 1 or > 12) return false;
        month = new DateOnly(year, number, 1);
        return true;
    }

    [GeneratedRegex(@"^(20[0-9]{2})[-/]([0-9]{1,2})$")]
    private static partial Regex MonthPattern();
}
