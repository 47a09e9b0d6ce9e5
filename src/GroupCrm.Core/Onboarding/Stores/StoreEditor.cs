using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>
/// Adds, edits, deactivates and reactivates the stores of an account. Stores are never deleted: sales,
/// visits and notices refer to them. A store is always looked up by (account, store).
/// </summary>
public sealed class StoreEditor(CrmDbContext db, TimeProvider clock)
{
    public async Task<RecordResult> AddAsync(Viewer viewer, int accountId, StoreInput input, CancellationToken ct = default)
    {
        if (await db.RefuseUnlessEditableAsync(viewer, accountId, ct) is { } refused) return refused;
        var store = StoreRules.Tidy(input);
        var errors = await CheckAsync(store, null, ct);
        if (errors.Count > 0) return RecordResult.Refused(errors);

        var entity = new Store { AccountId = accountId, Name = "", RetailLicenceNumber = "" };
        Apply(entity, store);
        db.Stores.Add(entity);
        try
        {
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(entity.Id);
        }
        catch (DbUpdateException e) when (LicenceHolders.IsTaken(e))
        {
            return await TakenMeanwhileAsync(store.RetailLicenceNumber!, null, ct);
        }
    }

    public async Task<RecordResult> UpdateAsync(
        Viewer viewer, int accountId, int storeId, StoreInput input, uint expectedVersion, CancellationToken ct = default)
    {
        if (await db.RefuseUnlessEditableAsync(viewer, accountId, ct) is { } refused) return refused;
        var entity = await FindAsync(accountId, storeId, ct);
        if (entity is null) return RecordResult.NoSuchRecord;
        var store = StoreRules.Tidy(input);
        var errors = await CheckAsync(store, storeId, ct);
        if (errors.Count > 0) return RecordAccess.Forget(db, RecordResult.Refused(errors));

        Apply(entity, store);
        try
        {
            return await db.SaveVersionedAsync(entity, s => s.Version, expectedVersion, s => s.Id, ct);
        }
        catch (DbUpdateException e) when (LicenceHolders.IsTaken(e))
        {
            return await TakenMeanwhileAsync(store.RetailLicenceNumber!, storeId, ct);
        }
    }

    /// <summary>A deactivated store keeps its record and licence number; it leaves visit rounds and allocations.</summary>
    public async Task<RecordResult> SetActiveAsync(
        Viewer viewer, int accountId, int storeId, bool active, uint expectedVersion, CancellationToken ct = default)
    {
        if (await db.RefuseUnlessEditableAsync(viewer, accountId, ct) is { } refused) return refused;
        var entity = await FindAsync(accountId, storeId, ct);
        if (entity is null) return RecordResult.NoSuchRecord;
        if (entity.IsActive != active) entity.DeactivatedAt = active ? null : clock.GetUtcNow();
        entity.IsActive = active;
        return await db.SaveVersionedAsync(entity, s => s.Version, expectedVersion, s => s.Id, ct);
    }

    private Task<Store?> FindAsync(int accountId, int storeId, CancellationToken ct) =>
        db.Stores.SingleOrDefaultAsync(s => s.AccountId == accountId && s.Id == storeId, ct);

    private async Task<List<RecordError>> CheckAsync(StoreInput store, int? storeId, CancellationToken ct)
    {
        var categories = await db.CustomerCategories.Select(c => c.Id).ToListAsync(ct);
        var errors = StoreRules.Check(store, categories);
        if (errors.All(e => e.Field != nameof(StoreInput.RetailLicenceNumber))
            && await LicenceHolders.CheckFreeAsync(db, store.RetailLicenceNumber!, storeId, ct) is { } held)
            errors.Add(held);
        return errors;
    }

    private async Task<RecordResult> TakenMeanwhileAsync(string licence, int? storeId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var held = await LicenceHolders.CheckFreeAsync(db, licence, storeId, ct);
        return RecordResult.Refused([held ?? new RecordError(nameof(StoreInput.RetailLicenceNumber), "This retail licence number is already in use.")]);
    }

    internal static void Apply(Store entity, StoreInput store)
    {
        entity.Name = store.Name!;
        entity.CategoryId = store.CategoryId!.Value;
        entity.RetailLicenceNumber = store.RetailLicenceNumber!;
        entity.Address = store.Address;
        entity.ContactName = store.ContactName;
        entity.Phone = store.Phone;
        entity.EstimatedMonthlySales = store.EstimatedMonthlySales;
    }
}
