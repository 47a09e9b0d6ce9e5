using System.Text;
using CsvHelper;
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

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<TargetCsvFile> ReadAsync(Stream stream, CancellationToken ct)
    {
        var bytes = await ReadBoundedAsync(stream, ct);
        if (bytes is null) return TargetCsvFile.Refused("The file is larger than 1 MB. Split it into smaller files.");
        try
        {
            StrictUtf8.GetCharCount(bytes); // throws on the first invalid byte
        }
        catch (DecoderFallbackException)
        {
            return TargetCsvFile.Refused("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return Parse(bytes.AsMemory(bom));
        }
        catch (CsvFormatException)
        {
            return TargetCsvFile.Refused("The file could not be read as CSV. Check that it is a comma-separated text file.");
        }
    }

    public static string Normalise(string header)
    {
        var name = header.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        return Aliases.GetValueOrDefault(name, name);
    }

    /// <returns>The whole file, or null once it passes the limit (the rest is never read).</returns>
    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) return null;
        }
        return buffer.ToArray();
    }

    private static TargetCsvFile Parse(ReadOnlyMemory<byte> utf8)
    {
        var malformed = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            MaxRecordSize = MaxBytes,
            OnMalformedRecord = r => malformed.Add(r.RecordNumber),
        };
        using var reader = CsvReader.Create(utf8, options);
        var header = reader.Headers.Select(Normalise).ToArray();
        if (header.Length == 0) return TargetCsvFile.Refused("The file is empty.");
        var headerErrors = HeaderErrors(header);
        if (headerErrors.Count > 0) return new TargetCsvFile(headerErrors, []);

        var rows = new List<TargetCsvRow>();
        while (reader.Read())
        {
            var record = reader.Current.ToArray();
            if (record.All(string.IsNullOrWhiteSpace)) continue; // spreadsheets leave ",,," lines
            if (rows.Count == MaxRows) return TargetCsvFile.Refused("The file has more than 20,000 rows. Split it into smaller files.");
            var rowNumber = (int)reader.RowNumber + 1;
            rows.Add(ToRow(rowNumber, header, record, malformed.Contains(rowNumber)));
        }
        if (rows.Count == 0) return TargetCsvFile.Refused("The file has a header row but no targets.");
        return new TargetCsvFile([], rows);
    }

    private static TargetCsvRow ToRow(int rowNumber, string[] header, string[] record, bool badQuotes)
    {
        string Cell(string column) => Array.IndexOf(header, column) is var i and >= 0 && i < record.Length ? record[i].Trim() : "";
        var errors = new List<RecordError>();
        if (record.Length != header.Length)
            errors.Add(new("", "This row has {0} fields; the header row has {1}.", record.Length, header.Length));
        if (badQuotes)
            errors.Add(new("", "This row has a quote in the wrong place. Put a field with quotes, commas or line breaks in double quotes, and double the quotes inside it."));
        return new TargetCsvRow(rowNumber, new TargetImportValues(Cell(Account), Cell(Month), Cell(Product), Cell(Quantity)), errors);
    }

    private static List<RecordError> HeaderErrors(string[] header)
    {
        var expected = string.Join(", ", Columns);
        var unknown = header.Where(h => !Columns.Contains(h)).Select(h => h.Length == 0 ? "\"\"" : h).Distinct().ToList();
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        var twice = header.Where(Columns.Contains).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var errors = new List<RecordError>();
        if (missing.Count > 0)
            errors.Add(new("", "The header row lacks the required columns {0}. The columns are: {1}.", string.Join(", ", missing), expected));
        if (unknown.Count > 0)
            errors.Add(new("", "The header row names unknown columns {0}. The columns are: {1}.", string.Join(", ", unknown), expected));
        if (twice.Count > 0)
            errors.Add(new("", "The header row names the columns {0} more than once.", string.Join(", ", twice)));
        return errors;
    }
}
