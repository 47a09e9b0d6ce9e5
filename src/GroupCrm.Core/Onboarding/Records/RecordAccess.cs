using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Records;

/// <summary>
/// The checks every write to an account's records starts and ends with. Core enforces them itself, so
/// a page that forgot its own check still cannot change another manager's account.
/// </summary>
internal static class RecordAccess
{
    /// <returns>null when the viewer may edit the account's records; otherwise the refusal to return.</returns>
    public static async Task<RecordResult?> RefuseUnlessEditableAsync(this CrmDbContext db, Viewer viewer, int accountId, CancellationToken ct)
    {
        var scope = await db.FindVisibleAsync(viewer, accountId, ct);
        if (scope is null) return RecordResult.NoSuchRecord;
        return viewer.CanEditRecords(scope) ? null : RecordResult.NotAllowed;
    }

    /// <summary>
    /// Saves a record the editor loaded at <paramref name="expectedVersion"/>. The version is checked
    /// twice: against the row just read (a stale form), and by PostgreSQL's xmin in the UPDATE itself
    /// (someone saving between our read and our write). Either way nothing is overwritten.
    /// </summary>
    public static async Task<RecordResult> SaveVersionedAsync<T>(
        this CrmDbContext db, T entity, Func<T, uint> version, uint expectedVersion, Func<T, int> id, CancellationToken ct)
        where T : class
    {
        if (version(entity) != expectedVersion) return Forget(db, RecordResult.Conflict());
        db.Entry(entity).Property<uint>("Version").OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(ct);
            return RecordResult.Done(id(entity));
        }
        catch (DbUpdateConcurrencyException)
        {
            return Forget(db, RecordResult.Conflict());
        }
    }

    /// <summary>A refused save must not leave its values in the tracker for a later save to write.</summary>
    public static RecordResult Forget(CrmDbContext db, RecordResult result)
    {
        db.ChangeTracker.Clear();
        return result;
    }
}
