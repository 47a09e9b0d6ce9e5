using System.Globalization;
using GroupCrm.Core.Csv;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Onboarding.Stores;

/// <summary>A row that passed every check, ready to write: the tidied store, and the store it updates if any.</summary>
internal sealed record PlannedStore(StoreInput Store, int? StoreId);

/// <summary>
/// Checks every row of a read file with the store editor's rules plus the file's own: a licence number
/// twice in the file, or held by another account's store, is an error; held by this account's store, it
/// means "update that store". Every row is checked, so the preview can list all errors at once.
/// </summary>
internal sealed class StoreImportPlanner(CrmDbContext db)
{
    public async Task<(StoreImportPreview Preview, List<PlannedStore> Plan)> PlanAsync(int accountId, SmallCsvFile file, CancellationToken ct)
    {
        if (file.FileErrors.Count > 0) return (new StoreImportPreview(file.FileErrors, []), []);
        var categories = await CategoryLookup.LoadAsync(db, ct);
        var stores = file.Rows.Select(r => StoreRules.Tidy(ToInput(r, categories))).ToList();
        var licences = stores.Select(s => s.RetailLicenceNumber!).Where(l => l.Length > 0).Distinct().ToList();
        var holders = (await LicenceHolders.FindAsync(db, licences, ct)).ToDictionary(h => h.Licence);
        var rowsByLicence = file.Rows.Zip(stores).Where(p => p.Second.RetailLicenceNumber!.Length > 0)
            .ToLookup(p => p.Second.RetailLicenceNumber!, p => p.First.RowNumber);

        var rows = new List<StoreImportRow>();
        var plan = new List<PlannedStore>();
        foreach (var (row, store) in file.Rows.Zip(stores))
        {
            var errors = new List<RecordError>(row.Errors);
            errors.AddRange(CheckRow(row, store, categories));
            var licence = store.RetailLicenceNumber!;
            var holder = holders.GetValueOrDefault(licence);
            if (rowsByLicence[licence].Count() > 1)
                errors.Add(new(nameof(StoreInput.RetailLicenceNumber), "The retail licence number {0} appears more than once in this file (rows {1}).",
                    licence, string.Join(", ", rowsByLicence[licence])));
            else if (holder is not null && holder.AccountId != accountId)
                errors.Add(StoreRules.LicenceHeld(holder.Licence, holder.StoreName, holder.AccountName));
            var storeId = holder?.AccountId == accountId ? holder.StoreId : (int?)null;
            rows.Add(new StoreImportRow(row.RowNumber, Values(row), errors,
                storeId is null ? StoreImportAction.Add : StoreImportAction.Update, storeId));
            plan.Add(new PlannedStore(store, storeId));
        }
        return (new StoreImportPreview([], rows), plan);
    }

    private static StoreInput ToInput(SmallCsvRow row, CategoryLookup categories) => new(
        row[StoreCsvColumns.Name],
        categories.Find(row[StoreCsvColumns.Category]),
        row[StoreCsvColumns.RetailLicenceNumber],
        row[StoreCsvColumns.Address],
        row[StoreCsvColumns.Contact],
        row[StoreCsvColumns.Phone],
        ParseAmount(row[StoreCsvColumns.EstimatedMonthlySales]));

    /// <summary>The editor's rules, with the two messages that only a file needs: which category text, which number text.</summary>
    private static IEnumerable<RecordError> CheckRow(SmallCsvRow row, StoreInput store, CategoryLookup categories)
    {
        foreach (var error in StoreRules.Check(store, categories.Ids))
        {
            if (error.Field == nameof(StoreInput.CategoryId) && row[StoreCsvColumns.Category].Length > 0)
                yield return new(error.Field, "Unknown customer category {0}. Use one of {1}.", row[StoreCsvColumns.Category], categories.Codes);
            else if (error.Field == nameof(StoreInput.CategoryId))
                yield return new(error.Field, "Enter the customer category.");
            else yield return error;
        }
        var sales = row[StoreCsvColumns.EstimatedMonthlySales];
        if (sales.Length > 0 && ParseAmount(sales) is null)
            yield return new(nameof(StoreInput.EstimatedMonthlySales), StoreRules.SalesOutOfRange);
    }

    /// <summary>Plain numbers, with or without thousands separators ("120,000.50"); anything else is no number.</summary>
    private static decimal? ParseAmount(string text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    private static StoreImportValues Values(SmallCsvRow row) => new(
        row[StoreCsvColumns.Name], row[StoreCsvColumns.Category], row[StoreCsvColumns.RetailLicenceNumber], row[StoreCsvColumns.Address],
        row[StoreCsvColumns.Contact], row[StoreCsvColumns.Phone], row[StoreCsvColumns.EstimatedMonthlySales]);
}
