using System.Globalization;
using GroupCrm.Core.Sales.Analytics;

namespace GroupCrm.Web.Pages.Sales.Charts;

/// <summary>
/// Sales figures as the reader's culture writes them. A change is shown as an arrow and signed text
/// ("▲ +5.2 %"), never by colour alone; a rate against a base of zero is "–".
/// </summary>
public static class SalesFormat
{
    public const string NoRate = "–";

    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private static bool InChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);

    public static string Quantity(long quantity) => quantity.ToString("N0", Culture);

    /// <summary>Amounts in whole yuan: the cents add nothing to a monthly review.</summary>
    public static string Amount(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero).ToString("N0", Culture);

    public static string Percent(decimal? percent)
    {
        if (percent is not { } p) return NoRate;
        var rounded = Math.Round(p, 1, MidpointRounding.AwayFromZero);
        return Sign(rounded) + Math.Abs(rounded).ToString("N1", Culture) + " %";
    }

    public static string Difference(decimal difference) =>
        Sign(difference) + Math.Abs(Math.Round(difference, 0, MidpointRounding.AwayFromZero)).ToString("N0", Culture);

    public static string Arrow(Change change) => change.Difference > 0 ? "▲" : change.Difference < 0 ? "▼" : "";

    public static string Tone(Change change) => change.Difference > 0 ? "change-up" : change.Difference < 0 ? "change-down" : "change-flat";

    /// <summary>"May 2026" / "2026年5月".</summary>
    public static string Month(DateOnly month) => month.ToString("Y", Culture);

    /// <summary>Short enough for a chart axis: "May 2026" / "26年5月".</summary>
    public static string AxisMonth(DateOnly month) => InChinese
        ? string.Create(CultureInfo.InvariantCulture, $"{month.Year % 100:00}年{month.Month}月")
        : month.ToString("MMM yyyy", Culture);

    /// <summary>The month as a query value: 2026-05.</summary>
    public static string MonthValue(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static bool TryParseMonth(string? value, out DateOnly month) =>
        DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month)
        && month.Year is >= 2000 and <= 2100;

    private static string Sign(decimal value) => value > 0 ? "+" : value < 0 ? "−" : "";
}
