using System.Globalization;
using GroupCrm.Core.Sales.Analytics;

namespace GroupCrm.Core.Letters.Drafting;

/// <summary>
/// The months letters are drafted for: a month is its first day, written "yyyy-MM". Only a month that has
/// ended has figures to review, and no further back than two years: the letters compare with the same month
/// last year, and older sales are not kept for that.
/// </summary>
public static class LetterMonths
{
    public const int MostMonthsBack = 24;

    public const string NotEndedMessage = "Letters are drafted only for a month that has ended.";
    public const string TooOldMessage = "Letters are drafted for the last 24 months only.";

    /// <summary>The month before today's: the one the scheduled run drafts.</summary>
    public static DateOnly Previous(DateOnly today) => SalesMonth.LastFull(today);

    /// <returns>null when letters may be drafted for the month (any day of it); otherwise why not.</returns>
    public static string? Problem(DateOnly month, DateOnly today)
    {
        var first = SalesMonth.Of(month);
        var current = SalesMonth.Of(today);
        if (first >= current) return NotEndedMessage;
        if (first < current.AddMonths(-MostMonthsBack)) return TooOldMessage;
        return null;
    }

    /// <summary>Reads "2026-05" (blanks around it allowed) as the first day of that month; any other shape is not a month.</summary>
    public static bool TryParse(string? text, out DateOnly month)
    {
        month = default;
        var trimmed = text?.Trim();
        return trimmed is { Length: 7 } && trimmed[4] == '-'
            && DateOnly.TryParseExact(trimmed, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
    }

    public static string Format(DateOnly month) => Sales.Targets.SalesMonth.Format(month);
}
