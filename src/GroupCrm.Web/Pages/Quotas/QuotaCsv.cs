using System.Globalization;
using System.Text;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// The quota exports: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte-order mark so that Excel shows Chinese
/// names. Store and account names are typed by users, so a text cell that a spreadsheet would run as a formula
/// (starting with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe.
/// </summary>
public static class QuotaCsv
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static byte[] Write(IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
            text.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>Figures are written plainly (no thousands separators) so that spreadsheets read them as numbers.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Cell(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0]) && !IsNumber(value)) value = "'" + value;
        return value.IndexOfAny(NeedsQuotes) < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    private static bool IsNumber(string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
}
