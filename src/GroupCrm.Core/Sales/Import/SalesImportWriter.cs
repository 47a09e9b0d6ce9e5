using System.Diagnostics;
using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace GroupCrm.Core.Sales.Import;

/// <summary>
/// Pass 2 of an import, in one transaction: the file's rows go by binary COPY into a temporary staging
/// table, then the import is recorded with the month × store cells it names, the rows now in those cells
/// are moved to the import's backup, and the staged rows take their place. A failure anywhere rolls all
/// of it back (the staging table goes with the transaction).
/// </summary>
internal sealed class SalesImportWriter(CrmDbContext db, TimeProvider clock)
{
    /// <summary>Imports and rollbacks take this lock in turn, so that "which import replaced these cells last" stays true.</summary>
    public const long LockKey = 0x5341_4C45_5349_4D50; // "SALESIMP"

    private const string Staging = "sales_import_staging";
    private const string Copy = $"COPY {Staging} (month, store_id, product_id, quantity, amount) FROM STDIN (FORMAT BINARY)";

    public async Task<(SalesImportErrors? Errors, SalesImportSummary? Summary)> WriteAsync(
        Viewer viewer, string fileName, Stream file, int latestMonth, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        // Loading and replacing a million rows takes longer than a command's usual 30 s on a busy machine.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        await db.Database.ExecuteSqlRawAsync(
            $"CREATE TEMP TABLE {Staging} (month date NOT NULL, store_id integer NOT NULL, product_id integer NOT NULL, " +
            "quantity integer NOT NULL, amount numeric(14,2) NOT NULL) ON COMMIT DROP", ct);

        // Checked again against the stores and products as they are now, under the lock.
        var refs = await SalesReferenceData.LoadAsync(db, ct);
        var scan = await StageAsync(file, refs, latestMonth, ct);
        if (scan.Errors.Any)
        {
            var errors = SalesImportErrors.Of(SalesImportMessages.ChangedMeanwhile);
            foreach (var e in scan.Errors.Listed) errors.Add(e.Row, e.Column, e.Message, e.Arguments);
            return (errors, null);
        }

        var staging = Stopwatch.GetElapsedTime(started);
        var cells = scan.Cells!;
        var import = new SalesImport
        {
            FileName = fileName, ImportedById = viewer.UserId, ImportedAt = clock.GetUtcNow(), RowCount = scan.Rows,
            FirstMonth = SalesMonths.Date(cells.FirstMonth), LastMonth = SalesMonths.Date(cells.LastMonth),
            MonthCount = cells.MonthCount, StoreCount = cells.StoreCount, State = SalesImportState.Applied,
        };
        db.SalesImports.Add(import);
        await db.SaveChangesAsync(ct);
        var replaced = await ReplaceAsync(import.Id, ct);
        await transaction.CommitAsync(ct);

        return (null, new SalesImportSummary(import.Id, scan.Rows, import.FirstMonth, import.LastMonth, import.MonthCount,
            import.StoreCount, cells.CellCount, replaced, TimeSpan.Zero, staging, Stopwatch.GetElapsedTime(started) - staging, TimeSpan.Zero));
    }

    private async Task<SalesScan> StageAsync(Stream file, SalesReferenceData refs, int latestMonth, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var copy = await connection.BeginBinaryImportAsync(Copy, ct);
        copy.Timeout = TimeSpan.FromMinutes(10);
        var months = new Dictionary<int, DateOnly>();
        var scan = await SalesFileScan.RunAsync(file, refs, latestMonth, async row =>
        {
            if (!months.TryGetValue(row.Month, out var month)) months[row.Month] = month = SalesMonths.Date(row.Month);
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(month, NpgsqlDbType.Date, ct);
            await copy.WriteAsync(refs.StoreIds[row.Store], NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(refs.ProductIds[row.Product], NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(row.Quantity, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(row.Amount, NpgsqlDbType.Numeric, ct);
        }, ct);
        // Disposed without completing, the COPY is cancelled and the transaction fails: nothing stays.
        if (!scan.Errors.Any) await copy.CompleteAsync(ct);
        return scan;
    }

    /// <returns>How many rows the import replaced (now kept in its backup).</returns>
    private async Task<int> ReplaceAsync(int importId, CancellationToken ct)
    {
        // A temporary table has no statistics until analysed; the joins below need them.
        await db.Database.ExecuteSqlRawAsync($"ANALYZE {Staging}", ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO sales_import_cells (import_id, month, store_id)
            SELECT DISTINCT {importId}, month, store_id FROM sales_import_staging
            """, ct);
        var replaced = await db.Database.ExecuteSqlAsync($"""
            WITH replaced AS (
                DELETE FROM monthly_sales s USING sales_import_cells c
                WHERE c.import_id = {importId} AND s.month = c.month AND s.store_id = c.store_id
                RETURNING s.month, s.store_id, s.product_id, s.quantity, s.amount)
            INSERT INTO sales_import_backups (import_id, month, store_id, product_id, quantity, amount)
            SELECT {importId}, month, store_id, product_id, quantity, amount FROM replaced
            """, ct);
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO monthly_sales (month, store_id, product_id, quantity, amount) SELECT month, store_id, product_id, quantity, amount FROM {Staging}", ct);
        return replaced;
    }
}
