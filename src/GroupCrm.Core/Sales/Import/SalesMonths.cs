using System.Globalization;

namespace GroupCrm.Core.Sales.Import;

/// <summary>Months as numbers (year × 12 + month − 1), which a file's rows compare and index cheaply.</summary>
internal static class SalesMonths
{
    /// <summary>Sales are kept from this month on; anything earlier is a typing error.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    public static int Number(DateOnly month) => month.Year * 12 + month.Month - 1;

    public static DateOnly Date(int number) => new(number / 12, number % 12 + 1, 1);

    public static string Text(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"2025-03" (exactly: four digits, a dash, two digits) as a month number, or -1.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        if (text.Length != 7 || text[4] != '-') return -1;
        if (!int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return -1;
        if (!int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12) return -1;
        return year * 12 + month - 1;
    }
}
