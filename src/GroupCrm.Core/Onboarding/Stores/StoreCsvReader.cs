using System.Text;
using CsvHelper;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>A data row as read: its spreadsheet row number, its cells by column, and what is wrong with its shape.</summary>
internal sealed record CsvRow(int RowNumber, IReadOnlyDictionary<string, string> Cells, List<RecordError> Errors)
{
    public string this[string column] => Cells.GetValueOrDefault(column, "");
}

/// <summary>The file's columns and rows, or the one reason it cannot be read at all.</summary>
internal sealed record CsvFile(IReadOnlyList<RecordError> FileErrors, IReadOnlySet<string> Columns, IReadOnlyList<CsvRow> Rows)
{
    public static CsvFile Refused(string message, params object[] arguments) => new([new RecordError("", message, arguments)], new HashSet<string>(), []);
}

/// <summary>
/// Reads a store CSV file: at most 2 MB and 5,000 data rows, UTF-8 with or without BOM (anything else is
/// refused rather than guessed, since a wrong guess would store garbled Chinese), LF or CRLF, RFC 4180 quoting.
/// </summary>
internal static class StoreCsvReader
{
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5_000;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<CsvFile> ReadAsync(Stream stream, CancellationToken ct)
    {
        var bytes = await ReadBoundedAsync(stream, ct);
        if (bytes is null) return CsvFile.Refused("The file is larger than 2 MB. Split it into smaller files.");
        try
        {
            StrictUtf8.GetCharCount(bytes); // throws on the first invalid byte
        }
        catch (DecoderFallbackException)
        {
            return CsvFile.Refused("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return Parse(bytes.AsMemory(bom));
        }
        catch (CsvFormatException)
        {
            return CsvFile.Refused("The file could not be read as CSV. Check that it is a comma-separated text file.");
        }
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

    private static CsvFile Parse(ReadOnlyMemory<byte> utf8)
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
        var header = reader.Headers.Select(StoreCsvColumns.Normalise).ToArray();
        if (header.Length == 0) return CsvFile.Refused("The file is empty.");
        var headerErrors = HeaderErrors(header);
        if (headerErrors.Count > 0) return new CsvFile(headerErrors, new HashSet<string>(), []);

        var rows = new List<CsvRow>();
        while (reader.Read())
        {
            var record = reader.Current.ToArray();
            if (record.All(string.IsNullOrWhiteSpace)) continue; // spreadsheets leave ",,,," lines
            if (rows.Count == MaxRows) return CsvFile.Refused("The file has more than 5,000 rows. Split it into smaller files.");
            // The reader counts data records from 1 and records with the header from 1; a spreadsheet shows the header as row 1.
            var rowNumber = (int)reader.RowNumber + 1;
            rows.Add(ToRow(rowNumber, header, record, malformed.Contains(rowNumber)));
        }
        if (rows.Count == 0) return CsvFile.Refused("The file has a header row but no stores.");
        return new CsvFile([], header.ToHashSet(), rows);
    }

    private static CsvRow ToRow(int rowNumber, string[] header, string[] record, bool badQuotes)
    {
        var cells = new Dictionary<string, string>();
        for (var i = 0; i < header.Length && i < record.Length; i++) cells[header[i]] = record[i].Trim();
        var errors = new List<RecordError>();
        if (record.Length != header.Length)
            errors.Add(new("", "This row has {0} fields; the header row has {1}.", record.Length, header.Length));
        if (badQuotes)
            errors.Add(new("", "This row has a quote in the wrong place. Put a field with quotes, commas or line breaks in double quotes, and double the quotes inside it."));
        return new CsvRow(rowNumber, cells, errors);
    }

    /// <summary>Everything wrong with the header, each naming the columns concerned and the expected ones.</summary>
    private static List<RecordError> HeaderErrors(string[] header)
    {
        var expected = string.Join(", ", StoreCsvColumns.All);
        var unknown = header.Where(h => !StoreCsvColumns.All.Contains(h)).Select(h => h.Length == 0 ? "\"\"" : h).Distinct().ToList();
        var missing = StoreCsvColumns.Required.Where(c => !header.Contains(c)).ToList();
        var twice = header.Where(StoreCsvColumns.All.Contains).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
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
