using System.Text;

namespace GroupCrm.Core.Tests.Sales.Import;

/// <summary>Sales CSV files as a spreadsheet saves them: UTF-8 with a BOM and CRLF line ends, unless a test says otherwise.</summary>
internal static class SalesFiles
{
    public const string Header = "month,store,product,quantity,amount";

    public static MemoryStream Utf8(string text, bool bom = true) =>
        new([.. (bom ? Encoding.UTF8.Preamble.ToArray() : []), .. Encoding.UTF8.GetBytes(text)]);

    public static MemoryStream Lines(params string[] lines) => Utf8(string.Join("\r\n", lines) + "\r\n");
}
