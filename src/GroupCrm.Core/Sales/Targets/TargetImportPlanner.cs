using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Sales.Targets;

/// <summary>A row that passed every check, ready to write.</summary>
internal sealed record PlannedTarget(int AccountId, DateOnly Month, int? ProductId, int Quantity);

/// <summary>
/// Checks every row of a read file, so the preview lists all errors at once: the account (by business
/// licence number) must be one the viewer sets targets for — an account outside a market manager's district
/// is reported exactly like one that does not exist, so a file reveals nothing about other districts —
/// the month open, the product (by code; empty means the account's total) active, the quantity whole and in
/// range, and no (account, month, product) twice in the file.
/// </summary>
internal sealed class TargetImportPlanner(CrmDbContext db)
{
    private sealed record Lookups(
        Dictionary<string, (int Id, AccountState State)> Accounts, Dictionary<string, (int Id, bool Active)> Products, HashSet<(int, DateOnly, int?)> Existing);

    public async Task<(TargetImportPreview Preview, List<PlannedTarget> Plan)> PlanAsync(
        Viewer viewer, DateOnly currentMonth, TargetCsvFile file, CancellationToken ct)
    {
        if (file.FileErrors.Count > 0) return (new TargetImportPreview(file.FileErrors, []), []);
        var lookups = await LoadAsync(viewer, currentMonth, file, ct);
        var keys = file.Rows.ToLookup(r => Key(r.Values), r => r.RowNumber);

        var rows = new List<TargetImportRow>(file.Rows.Count);
        var plan = new List<PlannedTarget>(file.Rows.Count);
        foreach (var row in file.Rows)
        {
            var errors = new List<RecordError>(row.Errors);
            var target = Check(row.Values, currentMonth, lookups, errors);
            var twice = keys[Key(row.Values)].ToList();
            if (twice.Count > 1 && row.Values.Account.Length > 0)
                errors.Add(new("", "This account, month and product appear more than once in this file (rows {0}).", string.Join(", ", twice)));
            var exists = target is not null && lookups.Existing.Contains((target.AccountId, target.Month, target.ProductId));
            rows.Add(new TargetImportRow(row.RowNumber, row.Values, errors, exists ? TargetImportAction.Update : TargetImportAction.Add));
            if (target is not null && errors.Count == 0) plan.Add(target);
        }
        return (new TargetImportPreview([], rows), plan);
    }

    private static PlannedTarget? Check(TargetImportValues values, DateOnly currentMonth, Lookups lookups, List<RecordError> errors)
    {
        int? accountId = null;
        if (values.Account.Length == 0) errors.Add(new("account", "Enter the account's business licence number."));
        else if (!lookups.Accounts.TryGetValue(values.Account.ToUpperInvariant(), out var account))
            errors.Add(new("account", "Unknown account {0}: no account you set targets for has this business licence number.", values.Account));
        else if (!TargetRules.TakesTargets(account.State)) errors.Add(new("account", TargetRules.NoTargets));
        else accountId = account.Id;

        DateOnly? month = null;
        if (!SalesMonth.TryParse(values.Month, out var parsed))
            errors.Add(new("month", "The month {0} is not a month in the form YYYY-MM (for example 2026-03).", values.Month));
        else if (TargetRules.MonthRefusal(parsed, currentMonth) is { } refusal) errors.Add(new("month", refusal));
        else month = parsed;

        int? productId = null;
        var productOk = true;
        if (values.Product.Length > 0)
        {
            productOk = false;
            if (!lookups.Products.TryGetValue(values.Product.ToUpperInvariant(), out var product))
                errors.Add(new("product", "Unknown product code {0}.", values.Product));
            else if (!product.Active) errors.Add(new("product", "The product {0} is no longer active; it takes no targets.", values.Product));
            else (productId, productOk) = (product.Id, true);
        }

        var quantityOk = SalesQuantity.TryParse(values.Quantity, out var quantity);
        if (!quantityOk) errors.Add(new("quantity", SalesQuantity.OutOfRange));
        return accountId is { } a && month is { } m && productOk && quantityOk ? new PlannedTarget(a, m, productId, quantity) : null;
    }

    // Rows name the same target when their licence number, month and product code agree (case and spellings of the month aside).
    private static (string, string, string) Key(TargetImportValues v) =>
        (v.Account.ToUpperInvariant(), SalesMonth.TryParse(v.Month, out var m) ? SalesMonth.Format(m) : v.Month, v.Product.ToUpperInvariant());

    private async Task<Lookups> LoadAsync(Viewer viewer, DateOnly currentMonth, TargetCsvFile file, CancellationToken ct)
    {
        var licences = file.Rows.Select(r => r.Values.Account.ToUpperInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        var codes = file.Rows.Select(r => r.Values.Product.ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        // The accounts the viewer sets targets for: an administrator's are all, a market manager's their district's.
        var settable = viewer.Role == Roles.Administrator ? db.Accounts : db.Accounts.Where(a => a.DistrictId == viewer.DistrictId);
        var accounts = await settable.AsNoTracking().Where(a => licences.Contains(a.BusinessLicenceNumber.ToUpper()))
            .Select(a => new { Licence = a.BusinessLicenceNumber.ToUpper(), a.Id, a.State }).ToListAsync(ct);
        var products = await db.Products.AsNoTracking().Where(p => codes.Contains(p.Code.ToUpper()))
            .Select(p => new { Code = p.Code.ToUpper(), p.Id, p.IsActive }).ToListAsync(ct);
        var accountIds = accounts.Select(a => a.Id).ToList();
        var existing = await db.SalesTargets.AsNoTracking().Where(t => accountIds.Contains(t.AccountId) && t.Month >= currentMonth)
            .Select(t => new { t.AccountId, t.Month, t.ProductId }).ToListAsync(ct);
        return new Lookups(
            accounts.GroupBy(a => a.Licence).ToDictionary(g => g.Key, g => (g.First().Id, g.First().State)),
            products.GroupBy(p => p.Code).ToDictionary(g => g.Key, g => (g.First().Id, g.First().IsActive)),
            [.. existing.Select(t => (t.AccountId, t.Month, t.ProductId))]);
    }
}
