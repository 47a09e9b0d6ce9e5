using System.Text;
using CsvHelper;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Csv;

/// <summary>What a small CSV import accepts, and what it says when a file is refused as a whole.</summary>
public sealed record SmallCsvRules(
    int MaxBytes, int MaxRows, IReadOnlyList<string> Columns, IReadOnlyList<string> Required, Func<string, string> Normalise,
    string TooLargeMessage, string TooManyRowsMessage, string NoRowsMessage);

/// <summary>A data row as read: its spreadsheet row number (the header is row 1), its trimmed cells by column, and what is wrong with its shape.</summary>
public sealed record SmallCsvRow(int RowNumber, IReadOnlyDictionary<string, string> Cells, List<RecordError> Errors)
{
    public string this[string column] => Cells.GetValueOrDefault(column, "");
}

/// <summary>The file's columns and rows, or the reasons it cannot be read at all.</summary>
public sealed record SmallCsvFile(IReadOnlyList<RecordError> FileErrors, IReadOnlySet<string> Columns, IReadOnlyList<SmallCsvRow> Rows)
{
    public static SmallCsvFile Refused(string message, params object[] arguments) => new([new RecordError("", message, arguments)], new HashSet<string>(), []);
}

/// <summary>
/// Reads the small CSV files people upload (stores, targets): a header row, UTF-8 with or without BOM
/// (anything else is refused rather than guessed, since a wrong guess would store garbled Chinese), LF
/// or CRLF, RFC 4180 quoting, and a size limit past which the rest of the upload is never read.
/// </summary>
public static class SmallCsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<SmallCsvFile> ReadAsync(Stream stream, SmallCsvRules rules, CancellationToken ct)
    {
        var bytes = await ReadBoundedAsync(stream, rules.MaxBytes, ct);
        if (bytes is null) return SmallCsvFile.Refused(rules.TooLargeMessage);
        try
        {
            StrictUtf8.GetCharCount(bytes); // throws on the first invalid byte
        }
        catch (DecoderFallbackException)
        {
            return SmallCsvFile.Refused("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again.");
        }
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return Parse(bytes.AsMemory(bom), rules);
        }
        catch (CsvFormatException)
        {
            return SmallCsvFile.Refused("The file could not be read as CSV. Check that it is a comma-separated text file.");
        }
    }

    /// <returns>The whole file, or null once it passes the limit (the rest is never read).</returns>
    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, int maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) return null;
        }
        return buffer.ToArray();
    }

    private static SmallCsvFile Parse(ReadOnlyMemory<byte> utf8, SmallCsvRules rules)
    {
        var malformed = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            MaxRecordSize = rules.MaxBytes,
            OnMalformedRecord = r => malformed.Add(r.RecordNumber),
        };
        using var reader = CsvReader.Create(utf8, options);
        var header = reader.Headers.Select(rules.Normalise).ToArray();
        if (header.Length == 0) return SmallCsvFile.Refused("The file is empty.");
        var headerErrors = HeaderErrors(header, rules);
        if (headerErrors.Count > 0) return new SmallCsvFile(headerErrors, new HashSet<string>(), []);

        var rows = new List<SmallCsvRow>();
        while (reader.Read())
        {
            var record = reader.Current.ToArray();
            if (record.All(string.IsNullOrWhiteSpace)) continue; // spreadsheets leave ",,,," lines
            if (rows.Count == rules.MaxRows) return SmallCsvFile.Refused(rules.TooManyRowsMessage);
            // The reader counts data records from 1; a spreadsheet shows the header as row 1.
            var rowNumber = (int)reader.RowNumber + 1;
            rows.Add(ToRow(rowNumber, header, record, malformed.Contains(rowNumber)));
        }
        if (rows.Count == 0) return SmallCsvFile.Refused(rules.NoRowsMessage);
        return new SmallCsvFile([], header.ToHashSet(), rows);
    }

    private static SmallCsvRow ToRow(int rowNumber, string[] header, string[] record, bool badQuotes)
    {
        var cells = new Dictionary<string, string>();
        for (var i = 0; i < header.Length && i < record.Length; i++) cells[header[i]] = record[i].Trim();
        var errors = new List<RecordError>();
        if (record.Length != header.Length)
            errors.Add(new("", "This row has {0} fields; the header row has {1}.", record.Length, header.Length));
        if (badQuotes)
            errors.Add(new("", "This row has a quote in the wrong place. Put a field with quotes, commas or line breaks in double quotes, and double the quotes inside it."));
        return new SmallCsvRow(rowNumber, cells, errors);
    }

    /// <summary>Everything wrong with the header, each naming the columns concerned and the expected ones.</summary>
    private static List<RecordError> HeaderErrors(string[] header, SmallCsvRules rules)
    {
        var expected = string.Join(", ", rules.Columns);
        var unknown = header.Where(h => !rules.Columns.Contains(h)).Select(h => h.Length == 0 ? "\"\"" : h).Distinct().ToList();
        var missing = rules.Required.Where(c => !header.Contains(c)).ToList();
        var twice = header.Where(rules.Columns.Contains).GroupBy(h => h).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
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
