using System.Text;
using static GroupCrm.Core.Sales.Import.SalesImportMessages;

namespace GroupCrm.Core.Sales.Import;

/// <summary>What one pass over a file found: its errors, and the rows, months and stores it names.</summary>
internal sealed record SalesScan(SalesImportErrors Errors, int Rows, SalesFileCells? Cells);

/// <summary>
/// One streaming pass over a sales file: UTF-8 (a BOM is allowed, anything else is refused rather than
/// guessed, since a wrong guess would garble Chinese text), header first, then every row checked.
/// Rows that pass go to <paramref name="write"/> (if any) as long as no row has failed.
/// </summary>
internal static class SalesFileScan
{
    // .xlsx files are zip archives; .xls files are OLE compound documents.
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> OleCompound => [0xD0, 0xCF, 0x11, 0xE0];
    private static ReadOnlySpan<byte> Utf16Le => [0xFF, 0xFE];
    private static ReadOnlySpan<byte> Utf16Be => [0xFE, 0xFF];
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<SalesScan> RunAsync(
        Stream file, SalesReferenceData refs, int latestMonth, Func<SalesRow, Task>? write, CancellationToken ct)
    {
        if (await SniffAsync(file, ct) is { } refused) return new SalesScan(SalesImportErrors.Of(refused), 0, null);
        var errors = new SalesImportErrors();
        using var text = new StreamReader(file, StrictUtf8, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
        var csv = new CsvRecordReader(text);
        var rows = 0;
        SalesRowCheck? check = null;
        try
        {
            // The header is the first line that is not blank.
            do
            {
                if (!csv.Read()) return new SalesScan(SalesImportErrors.Of(Empty), 0, null);
                if (Stopped(csv, errors)) return new SalesScan(errors, 0, null);
            } while (csv.IsBlank);
            var layout = SalesCsvLayout.Read(csv, errors);
            if (layout is null) return new SalesScan(errors, 0, null);
            check = new SalesRowCheck(layout, refs, latestMonth, errors);
            while (csv.Read())
            {
                if (Stopped(csv, errors)) break;
                if (csv.IsBlank) continue;
                rows++;
                if ((rows & 0xFFFF) == 0) ct.ThrowIfCancellationRequested();
                if (check.TryRead(csv, out var row) && write is not null && !errors.Any) await write(row);
            }
        }
        catch (DecoderFallbackException)
        {
            errors.Add(0, "", NotUtf8);
        }
        if (!errors.Any && rows == 0) errors.Add(0, "", NoRows);
        return new SalesScan(errors, rows, check?.Cells);
    }

    private static bool Stopped(CsvRecordReader csv, SalesImportErrors errors)
    {
        if (csv.Problem == CsvRecordProblem.NulCharacter) errors.Add(0, "", Binary);
        else if (csv.Problem == CsvRecordProblem.TooLong) errors.Add(0, "", RowTooLong, csv.LineNumber, CsvRecordReader.MaxRecordChars);
        return csv.Stopped;
    }

    /// <summary>
    /// Tells a workbook or other binary file from text by its first bytes, before any of it is read as
    /// CSV: control characters (other than tab and line breaks) do not occur in a CSV file.
    /// </summary>
    private static async Task<string?> SniffAsync(Stream file, CancellationToken ct)
    {
        var head = new byte[4096];
        var length = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        file.Position = 0;
        var bytes = head.AsSpan(0, length);
        if (bytes.StartsWith(Zip) || bytes.StartsWith(OleCompound)) return Workbook;
        if (bytes.StartsWith(Utf16Le) || bytes.StartsWith(Utf16Be)) return NotUtf8;
        foreach (var b in bytes)
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\r' or (byte)'\n')) return Binary;
        return null;
    }
}
