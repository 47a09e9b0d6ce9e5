using GroupCrm.Core.Csv;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Sales.Targets;

/// <summary>A data row as read: its spreadsheet row number (the header is row 1), its four cells trimmed, and what is wrong with its shape.</summary>
internal sealed record TargetCsvRow(int RowNumber, TargetImportValues Values, List<RecordError> Errors);

/// <summary>The file's rows, or the reasons it cannot be read at all.</summary>
internal sealed record TargetCsvFile(IReadOnlyList<RecordError> FileErrors, IReadOnlyList<TargetCsvRow> Rows)
{
    public static TargetCsvFile Refused(string message, params object[] arguments) => new([new RecordError("", message, arguments)], []);
}

/// <summary>
/// Reads a target CSV file: header row required (account, month, product, quantity; any order; product may
/// be left out), at most 1 MB and 20,000 data rows, UTF-8 with or without BOM (anything else is refused
/// rather than guessed), LF or CRLF, RFC 4180 quoting. A file over the limit is refused after 1 MB is read.
/// </summary>
internal static class TargetCsvReader
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 20_000;

    public const string Account = "account";
    public const string Month = "month";
    public const string Product = "product";
    public const string Quantity = "quantity";
    public static readonly IReadOnlyList<string> Columns = [Account, Month, Product, Quantity];
    private static readonly string[] Required = [Account, Month, Quantity];

    // Spellings people type for the same column.
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["business_licence_number"] = Account, ["business_license_number"] = Account, ["licence"] = Account, ["license"] = Account,
        ["product_code"] = Product, ["target"] = Quantity, ["qty"] = Quantity,
    };

    private static readonly SmallCsvRules Rules = new(
        MaxBytes, MaxRows, Columns, Required, Normalise,
        "The file is larger than 1 MB. Split it into smaller files.",
        "The file has more than 20,000 rows. Split it into smaller files.",
        "The file has a header row but no targets.");

    public static async Task<TargetCsvFile> ReadAsync(Stream stream, CancellationToken ct)
    {
        var csv = await SmallCsvReader.ReadAsync(stream, Rules, ct);
        return new TargetCsvFile(csv.FileErrors, [.. csv.Rows.Select(r =>
            new TargetCsvRow(r.RowNumber, new TargetImportValues(r[Account], r[Month], r[Product], r[Quantity]), r.Errors))]);
    }

    public static string Normalise(string header)
    {
        var name = header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return Aliases.GetValueOrDefault(name, name);
    }
}
