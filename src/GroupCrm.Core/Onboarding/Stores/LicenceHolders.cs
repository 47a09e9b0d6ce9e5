using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>
/// Who holds a retail licence number. The number is unique across the system, so a refusal names the
/// holding store and its chain: the user can then find the mistake (or the duplicate) at once.
/// </summary>
internal static class LicenceHolders
{
    public const string UniqueIndex = "ix_stores_retail_licence_number";

    public sealed record Holder(int StoreId, int AccountId, string Licence, string StoreName, string AccountName);

    public static async Task<RecordError?> CheckFreeAsync(CrmDbContext db, string licence, int? exceptStoreId, CancellationToken ct)
    {
        var holder = (await FindAsync(db, [licence], ct)).FirstOrDefault(h => h.StoreId != exceptStoreId);
        return holder is null ? null : StoreRules.LicenceHeld(holder.Licence, holder.StoreName, holder.AccountName);
    }

    public static Task<List<Holder>> FindAsync(CrmDbContext db, IReadOnlyCollection<string> licences, CancellationToken ct) =>
        db.Stores.AsNoTracking()
            .Where(s => licences.Contains(s.RetailLicenceNumber))
            .Select(s => new Holder(s.Id, s.AccountId, s.RetailLicenceNumber, s.Name, s.Account!.Name))
            .ToListAsync(ct);

    /// <summary>Another save took the number between our check and our write; the unique index stopped it.</summary>
    public static bool IsTaken(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: UniqueIndex };
}
