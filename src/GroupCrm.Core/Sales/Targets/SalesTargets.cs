using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace GroupCrm.Core.Sales.Targets;

/// <summary>
/// Monthly targets (planned volume) of accounts, in total and per product. Everyone reads the targets of
/// the accounts they see; the district's market manager and administrators set them while the month is
/// open (<see cref="TargetRules"/>). Setting is an upsert on (account, month, product): a form that saw no
/// target carries version 0, one that saw a target carries its version, and a save over a target someone
/// else changed (or added, or removed) in the meantime is refused instead of overwriting it.
/// </summary>
public sealed class SalesTargets(CrmDbContext db, OrganisationCalendar calendar, TimeProvider clock)
{
    public DateOnly CurrentMonth => SalesMonth.Current(calendar);

    public async Task<List<TargetListRow>> ListAsync(Viewer viewer, DateOnly month, CancellationToken ct = default)
    {
        var targets = db.SalesTargets.Where(t => t.Month == month);
        var accounts = await db.Accounts.VisibleTo(viewer).AsNoTracking()
            .Where(a => (a.State != AccountState.Closed && a.State != AccountState.Rejected) || targets.Any(t => t.AccountId == a.Id))
            .OrderBy(a => a.District!.Code).ThenBy(a => a.Name)
            .Select(a => new
            {
                Scope = new AccountScope(a.Id, a.Name, a.DistrictId, a.AccountManagerId, a.State),
                District = a.District!.Name,
                DistrictEn = a.District.NameEn,
                Manager = a.AccountManager!.DisplayName,
                Total = targets.Where(t => t.AccountId == a.Id && t.ProductId == null).Select(t => new { t.Quantity, t.Version }).FirstOrDefault(),
                Products = targets.Count(t => t.AccountId == a.Id && t.ProductId != null),
            })
            .ToListAsync(ct);
        var sold = month < CurrentMonth ? await SoldAsync(accounts.Select(a => a.Scope.Id).ToList(), month, ct) : null;
        return [.. accounts.Select(a => new TargetListRow(
            a.Scope.Id, a.Scope.Name, a.District, a.DistrictEn, a.Manager, a.Scope.State, a.Total?.Quantity, a.Total?.Version ?? 0, a.Products,
            sold is null ? null : sold.GetValueOrDefault(a.Scope.Id), viewer.CanSet(a.Scope) && TargetRules.TakesTargets(a.Scope.State)))];
    }

    /// <returns>null when the viewer does not see the account.</returns>
    public async Task<AccountTargets?> ForAccountAsync(Viewer viewer, int accountId, DateOnly month, CancellationToken ct = default)
    {
        var scope = await db.FindVisibleAsync(viewer, accountId, ct);
        if (scope is null) return null;
        var lines = await (
                from t in db.SalesTargets.AsNoTracking()
                where t.AccountId == accountId && t.Month == month
                join p in db.Products on t.ProductId equals (int?)p.Id into products
                from p in products.DefaultIfEmpty()
                join u in db.Users on t.SetById equals u.Id
                orderby p!.Code
                select new TargetLine(t.ProductId, p != null ? p.Code : null, p != null ? p.Name : null, p != null ? p.NameEn : null,
                    t.Quantity, t.Version, t.SetAt, u.DisplayName))
            .ToListAsync(ct);
        var canSet = viewer.CanSet(scope);
        var refusal = Refusal(scope, month);
        var choices = canSet && refusal is null ? await ActiveProductsAsync(db, ct) : [];
        return new AccountTargets(scope, month, canSet, refusal, lines.FirstOrDefault(l => l.ProductId is null),
            [.. lines.Where(l => l.ProductId is not null)], choices);
    }

    public async Task<RecordResult> SetAsync(
        Viewer viewer, int accountId, DateOnly month, int? productId, int quantity, uint expectedVersion, CancellationToken ct = default)
    {
        if (await GuardAsync(viewer, accountId, month, ct) is { } refused) return refused;
        if (!SalesQuantity.IsValid(quantity)) return RecordResult.Refused("Quantity", SalesQuantity.OutOfRange);
        if (productId is { } id && !await db.Products.AnyAsync(p => p.Id == id && p.IsActive, ct))
            return RecordResult.Refused("ProductId", TargetRules.InactiveProduct);

        var target = await FindAsync(accountId, month, productId, ct);
        if (target is null)
        {
            // The form saw a target that has since been removed: the user decided on a figure that is gone.
            if (expectedVersion != 0) return RecordResult.Conflict();
            target = new SalesTarget { AccountId = accountId, Month = month, ProductId = productId };
            db.SalesTargets.Add(target);
        }
        (target.Quantity, target.SetById, target.SetAt) = (quantity, viewer.UserId, clock.GetUtcNow());
        try
        {
            return await db.SaveVersionedAsync(target, t => t.Version, target.Id == 0 ? 0 : expectedVersion, t => t.Id, ct);
        }
        catch (DbUpdateException e) when (IsDuplicate(e))
        {
            // Someone added the same target between our read and our insert.
            return RecordAccess.Forget(db, RecordResult.Conflict());
        }
    }

    /// <summary>Removes a target (a product's, or the total) of an open month.</summary>
    public async Task<RecordResult> RemoveAsync(
        Viewer viewer, int accountId, DateOnly month, int? productId, uint expectedVersion, CancellationToken ct = default)
    {
        if (await GuardAsync(viewer, accountId, month, ct) is { } refused) return refused;
        var target = await FindAsync(accountId, month, productId, ct);
        if (target is null || target.Version != expectedVersion) return RecordAccess.Forget(db, RecordResult.Conflict());
        db.SalesTargets.Remove(target);
        return await db.SaveVersionedAsync(target, t => t.Version, expectedVersion, t => t.Id, ct);
    }

    internal static Task<List<ProductChoice>> ActiveProductsAsync(CrmDbContext db, CancellationToken ct) =>
        db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Code)
            .Select(p => new ProductChoice(p.Id, p.Code, p.Name, p.NameEn)).ToListAsync(ct);

    internal static bool IsDuplicate(DbUpdateException e) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    private string? Refusal(AccountScope account, DateOnly month) =>
        TargetRules.MonthRefusal(month, CurrentMonth) ?? (TargetRules.TakesTargets(account.State) ? null : TargetRules.NoTargets);

    private async Task<RecordResult?> GuardAsync(Viewer viewer, int accountId, DateOnly month, CancellationToken ct)
    {
        var scope = await db.FindVisibleAsync(viewer, accountId, ct);
        if (scope is null) return RecordResult.NoSuchRecord;
        if (!viewer.CanSet(scope)) return RecordResult.NotAllowed;
        return Refusal(scope, month) is { } refusal ? RecordResult.Refused("", refusal) : null;
    }

    private Task<SalesTarget?> FindAsync(int accountId, DateOnly month, int? productId, CancellationToken ct) => productId is null
        ? db.SalesTargets.SingleOrDefaultAsync(t => t.AccountId == accountId && t.Month == month && t.ProductId == null, ct)
        : db.SalesTargets.SingleOrDefaultAsync(t => t.AccountId == accountId && t.Month == month && t.ProductId == productId, ct);

    /// <summary>Quantity sold in the month by all stores of each account.</summary>
    private async Task<Dictionary<int, int>> SoldAsync(List<int> accountIds, DateOnly month, CancellationToken ct) =>
        await (from s in db.MonthlySales
               where s.Month == month
               join st in db.Stores on s.StoreId equals st.Id
               where accountIds.Contains(st.AccountId)
               group s.Quantity by st.AccountId into g
               select new { AccountId = g.Key, Quantity = g.Sum() })
            .ToDictionaryAsync(g => g.AccountId, g => g.Quantity, ct);
}
