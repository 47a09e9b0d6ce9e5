using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Import;

/// <summary>The outcome of a rollback: done, refused with a reason, no such import (404), or not allowed (403).</summary>
public sealed record SalesRollbackResult(bool Done, bool NotFound, bool Forbidden, string? Message, params object[] Arguments)
{
    public static readonly SalesRollbackResult Succeeded = new(true, false, false, null);
    public static readonly SalesRollbackResult NoSuchImport = new(false, true, false, SalesImportMessages.NoSuchImport);
    public static readonly SalesRollbackResult NotAllowed = new(false, false, true, SalesImportMessages.NotAllowed);
    public static SalesRollbackResult Refused(string message, params object[] arguments) => new(false, false, false, message, arguments);
}

/// <summary>
/// Puts back the data an import replaced: its cells' rows are deleted and its backup rows restored, in
/// one transaction. Only the latest import of a cell can be undone this way; when a later applied import
/// replaced some of the same cells, its backup holds this import's rows, so that one must go first.
/// </summary>
public sealed class SalesImportRollback(CrmDbContext db, TimeProvider clock, OrganisationCalendar calendar)
{
    public async Task<SalesRollbackResult> RollBackAsync(Viewer viewer, int importId, CancellationToken ct = default)
    {
        if (!SalesImportAccess.MayImport(viewer)) return SalesRollbackResult.NotAllowed;
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SalesImportWriter.LockKey})", ct);
        var import = await db.SalesImports.SingleOrDefaultAsync(i => i.Id == importId, ct);
        if (import is null) return SalesRollbackResult.NoSuchImport;
        if (import.State != SalesImportState.Applied) return SalesRollbackResult.Refused(SalesImportMessages.AlreadyRolledBack);

        var mine = db.SalesImportCells.Where(c => c.ImportId == importId);
        var later = await db.SalesImports
            .Where(i => i.Id > importId && i.State == SalesImportState.Applied
                        && db.SalesImportCells.Any(c => c.ImportId == i.Id && mine.Any(m => m.Month == c.Month && m.StoreId == c.StoreId)))
            .OrderByDescending(i => i.Id)
            .Select(i => new { i.Id, i.FileName, i.ImportedAt })
            .FirstOrDefaultAsync(ct);
        if (later is not null)
            return SalesRollbackResult.Refused(SalesImportMessages.LaterImport, later.Id, later.FileName,
                TimeZoneInfo.ConvertTime(later.ImportedAt, calendar.TimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

        await db.Database.ExecuteSqlAsync($"""
            DELETE FROM monthly_sales s USING sales_import_cells c
            WHERE c.import_id = {importId} AND s.month = c.month AND s.store_id = c.store_id
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO monthly_sales (month, store_id, product_id, quantity, amount)
            SELECT month, store_id, product_id, quantity, amount FROM sales_import_backups WHERE import_id = {importId}
            """, ct);
        // The backup is back in monthly_sales; keeping a second copy would only take space. The cells stay, as history.
        await db.Database.ExecuteSqlAsync($"DELETE FROM sales_import_backups WHERE import_id = {importId}", ct);
        import.State = SalesImportState.RolledBack;
        import.RolledBackById = viewer.UserId;
        import.RolledBackAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return SalesRollbackResult.Succeeded;
    }
}
