using System.Buffers;
using System.Diagnostics;
using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Sales.Import;

/// <summary>
/// Loads a sales CSV file into monthly_sales, replacing the month × store cells it names.
/// The upload is first copied to a temporary file (streamed, stopped at the size limit, deleted on
/// close), and then read twice, streaming both times: pass 1 checks every row and writes nothing, so a
/// file with errors never opens a transaction; pass 2, only for a clean file, checks again against the
/// stores and products as they are at that moment and stages the rows with binary COPY, then replaces
/// the cells in the same transaction (<see cref="SalesImportWriter"/>). Memory does not grow with the
/// file: one record at a time, plus bit sets of the cells named.
/// </summary>
public sealed class SalesImporter(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock, SalesImportSettings settings)
{
    public async Task<SalesImportResult> ImportAsync(Viewer viewer, string fileName, Stream content, CancellationToken ct = default)
    {
        if (!SalesImportAccess.MayImport(viewer)) return SalesImportResult.NotAllowed;
        // A declared length over the limit is refused before a byte is read.
        if (content.CanSeek && content.Length > settings.MaxBytes) return TooLarge();
        var started = Stopwatch.GetTimestamp();
        await using var file = await SpoolAsync(content, ct);
        if (file is null) return TooLarge();

        var latestMonth = SalesMonths.Number(new DateOnly(calendar.Today.Year, calendar.Today.Month, 1));
        var refs = await SalesReferenceData.LoadAsync(db, ct);
        var check = await SalesFileScan.RunAsync(file, refs, latestMonth, write: null, ct);
        if (check.Errors.Any) return SalesImportResult.Refused(check.Errors);
        var validating = Stopwatch.GetElapsedTime(started);

        file.Position = 0;
        var writer = new SalesImportWriter(db, clock);
        var (errors, summary) = await writer.WriteAsync(viewer, HistoryName(fileName), file, latestMonth, ct);
        if (errors is not null) return SalesImportResult.Refused(errors);
        return SalesImportResult.Done(summary! with { Validating = validating, Total = Stopwatch.GetElapsedTime(started) });
    }

    /// <summary>The file's own name for the history: without a folder (old browsers send C:\…\name.csv), control characters or excess length.</summary>
    public static string HistoryName(string fileName)
    {
        var name = fileName[(fileName.LastIndexOfAny(['/', '\\']) + 1)..];
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        return name.Length == 0 ? "sales.csv" : name.Length > 200 ? name[..200] : name;
    }

    private SalesImportResult TooLarge() => SalesImportResult.Refused(SalesImportMessages.TooLarge, settings.MaxMegabytes);

    /// <returns>The upload in a temporary file that deletes itself when closed, or null once it passes the size limit.</returns>
    private async Task<FileStream?> SpoolAsync(Stream content, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"groupcrm-sales-{Guid.NewGuid():N}.csv");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024,
            FileOptions.DeleteOnClose | FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(128 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > settings.MaxBytes)
                {
                    await file.DisposeAsync();
                    return null;
                }
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await file.FlushAsync(ct);
            file.Position = 0;
            return file;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
