using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits.Recording;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Visits.SpotChecks;

/// <summary>
/// What a spot check is compared with: the account manager's latest store visit of the same store, as it
/// stood when the spot check was recorded. The checked person is the account's manager.
/// </summary>
public sealed record SpotCheckBasis(int CheckedUserId, int ComparedVisitId, IReadOnlyList<CheckedValues> Record)
{
    public const string NotAllowedMessage = "Only a market manager's store visit can be a spot check.";
    public const string NothingToCompareMessage = "{0} has no recorded visit of this store to compare with.";

    public static bool MayBeMadeBy(Viewer viewer) => viewer.Role is Roles.MarketManager or Roles.Administrator;

    /// <returns>The basis, or null with the reason added to <paramref name="errors"/> (or with no reason when the store itself was refused).</returns>
    internal static async Task<SpotCheckBasis?> FindAsync(
        CrmDbContext db, Viewer viewer, AccountScope account, VisitInput input, List<RecordError> errors, CancellationToken ct)
    {
        const string field = nameof(VisitInput.SpotCheck);
        if (!MayBeMadeBy(viewer) || input.Kind != VisitKind.Store)
        {
            errors.Add(new(field, NotAllowedMessage));
            return null;
        }
        if (account.AccountManagerId == viewer.UserId)
        {
            errors.Add(new(field, "You cannot spot-check your own records."));
            return null;
        }
        if (input.Products.Count == 0) errors.Add(new(field, "A spot check compares product checks: check at least one product."));
        if (input.StoreId is not { } storeId) return null;

        var manager = account.AccountManagerId;
        var latest = await db.Visits.AsNoTracking()
            .Where(v => v.VisitorId == manager && v.StoreId == storeId && v.Kind == VisitKind.Store)
            .OrderByDescending(v => v.VisitedAt).ThenByDescending(v => v.Id)
            .Select(v => new
            {
                v.Id,
                Checks = v.ProductChecks.Select(c => new CheckedValues(c.ProductId, c.Listed, c.ShelfPrice, c.StockOnHand)).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (latest is not null) return new SpotCheckBasis(manager, latest.Id, latest.Checks);

        var name = await db.Users.Where(u => u.Id == manager).Select(u => u.DisplayName).SingleAsync(ct);
        errors.Add(new(field, NothingToCompareMessage, name));
        return null;
    }
}
