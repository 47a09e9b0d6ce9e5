using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>
/// Store CSV import in two steps that share no state: <see cref="PreviewAsync"/> reads and checks a file
/// and writes nothing; <see cref="CommitAsync"/> is given the same file again, checks it again against
/// the database as it is now, and writes every row in one transaction, or none when anything is wrong.
/// How the file travels from the preview to the commit is the caller's business (the import page
/// carries it in a protected form field), so nothing half-imported is ever kept on the server.
/// </summary>
public sealed class StoreCsvImport(CrmDbContext db)
{
    public const int MaxBytes = StoreCsvReader.MaxBytes;
    public const int MaxRows = StoreCsvReader.MaxRows;

    public async Task<StoreImportResult> PreviewAsync(Viewer viewer, int accountId, Stream file, CancellationToken ct = default)
    {
        if (await RefusedAsync(viewer, accountId, ct) is { } refused) return refused;
        var (preview, _) = await new StoreImportPlanner(db).PlanAsync(accountId, await StoreCsvReader.ReadAsync(file, ct), ct);
        return StoreImportResult.Previewed(preview);
    }

    public async Task<StoreImportResult> CommitAsync(Viewer viewer, int accountId, Stream file, CancellationToken ct = default)
    {
        if (await RefusedAsync(viewer, accountId, ct) is { } refused) return refused;
        var csv = await StoreCsvReader.ReadAsync(file, ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (preview, plan) = await new StoreImportPlanner(db).PlanAsync(accountId, csv, ct);
            if (preview.HasErrors) return StoreImportResult.Previewed(preview);
            await WriteAsync(accountId, csv.Columns, plan, ct);
            await transaction.CommitAsync(ct);
            return StoreImportResult.Written(preview);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || LicenceHolders.IsTaken(e))
        {
            // Someone changed these stores, or took one of the numbers, after our checks: check again to say what.
            db.ChangeTracker.Clear();
            var (again, _) = await new StoreImportPlanner(db).PlanAsync(accountId, csv, ct);
            return StoreImportResult.Previewed(again.HasErrors ? again : new StoreImportPreview([ChangedMeanwhile], again.Rows));
        }
    }

    private static readonly RecordError ChangedMeanwhile = new("", "Someone changed these stores while the file was being imported. Nothing was imported; try again.");

    private async Task<StoreImportResult?> RefusedAsync(Viewer viewer, int accountId, CancellationToken ct) =>
        await db.RefuseUnlessEditableAsync(viewer, accountId, ct) switch
        {
            null => null,
            { NotFound: true } => StoreImportResult.NoSuchAccount,
            _ => StoreImportResult.NotAllowed,
        };

    /// <summary>
    /// An update changes the columns the file has; a column the file leaves out keeps the store's value.
    /// The active flag is never touched: reactivating a store is a decision of its own.
    /// </summary>
    private async Task WriteAsync(int accountId, IReadOnlySet<string> columns, List<PlannedStore> plan, CancellationToken ct)
    {
        var ids = plan.Where(p => p.StoreId is not null).Select(p => p.StoreId!.Value).ToList();
        var existing = await db.Stores.Where(s => s.AccountId == accountId && ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        foreach (var (store, storeId) in plan)
        {
            if (storeId is null)
            {
                var added = new Store { AccountId = accountId, Name = "", RetailLicenceNumber = "" };
                StoreEditor.Apply(added, store);
                db.Stores.Add(added);
                continue;
            }
            var entity = existing[storeId.Value];
            entity.Name = store.Name!;
            entity.CategoryId = store.CategoryId!.Value;
            entity.RetailLicenceNumber = store.RetailLicenceNumber!;
            if (columns.Contains(StoreCsvColumns.Address)) entity.Address = store.Address;
            if (columns.Contains(StoreCsvColumns.Contact)) entity.ContactName = store.ContactName;
            if (columns.Contains(StoreCsvColumns.Phone)) entity.Phone = store.Phone;
            if (columns.Contains(StoreCsvColumns.EstimatedMonthlySales)) entity.EstimatedMonthlySales = store.EstimatedMonthlySales;
        }
        await db.SaveChangesAsync(ct);
    }
}
