using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Import;

/// <summary>One import as the history lists it.</summary>
public sealed record SalesImportEntry(
    int Id, string FileName, string ImportedBy, DateTimeOffset ImportedAt, int Rows, DateOnly FirstMonth, DateOnly LastMonth,
    int MonthCount, int StoreCount, SalesImportState State, string? RolledBackBy, DateTimeOffset? RolledBackAt);

/// <summary>A page of the import history, newest first, and how many imports there are in all.</summary>
public sealed record SalesImportPage(IReadOnlyList<SalesImportEntry> Entries, int Total);

/// <summary>The imports, newest first, for the people who may import (others see nothing).</summary>
public sealed class SalesImportHistory(CrmDbContext db)
{
    public async Task<SalesImportPage> PageAsync(Viewer viewer, int skip, int take, CancellationToken ct = default)
    {
        if (!SalesImportAccess.MayImport(viewer)) return new SalesImportPage([], 0);
        var total = await db.SalesImports.CountAsync(ct);
        var entries = await db.SalesImports.AsNoTracking()
            .OrderByDescending(i => i.ImportedAt).ThenByDescending(i => i.Id)
            .Skip(skip).Take(take)
            .Select(i => new SalesImportEntry(
                i.Id, i.FileName,
                db.Users.Where(u => u.Id == i.ImportedById).Select(u => u.DisplayName).Single(),
                i.ImportedAt, i.RowCount, i.FirstMonth, i.LastMonth, i.MonthCount, i.StoreCount, i.State,
                db.Users.Where(u => u.Id == i.RolledBackById).Select(u => u.DisplayName).SingleOrDefault(),
                i.RolledBackAt))
            .ToListAsync(ct);
        return new SalesImportPage(entries, total);
    }
}
