using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Onboarding.Stores;

public enum StoreImportAction { Add, Update }

/// <summary>One data row's cells as the file has them (trimmed), for the preview table.</summary>
public sealed record StoreImportValues(
    string Name, string Category, string RetailLicenceNumber, string Address, string Contact, string Phone, string EstimatedMonthlySales);

/// <summary>
/// One data row: its number as a spreadsheet shows it (the header is row 1), its cells, every reason it
/// cannot be imported, and what the import would do with it (add a store, or update <see cref="StoreId"/>).
/// </summary>
public sealed record StoreImportRow(int RowNumber, StoreImportValues Values, IReadOnlyList<RecordError> Errors, StoreImportAction Action, int? StoreId);

/// <summary>What an import of a file would do, and everything that stops it; file-level errors leave no rows to show.</summary>
public sealed class StoreImportPreview(IReadOnlyList<RecordError> fileErrors, IReadOnlyList<StoreImportRow> rows)
{
    public IReadOnlyList<RecordError> FileErrors { get; } = fileErrors;
    public IReadOnlyList<StoreImportRow> Rows { get; } = rows;
    public int ToAdd => Rows.Count(r => r.Action == StoreImportAction.Add);
    public int ToUpdate => Rows.Count(r => r.Action == StoreImportAction.Update);
    public int RowsWithErrors => Rows.Count(r => r.Errors.Count > 0);
    public bool HasErrors => FileErrors.Count > 0 || RowsWithErrors > 0;

    public static StoreImportPreview FileError(string message, params object[] arguments) => new([new RecordError("", message, arguments)], []);
}

/// <summary>The outcome of a preview or a commit. A commit writes all rows or, when anything is wrong, none.</summary>
public sealed class StoreImportResult
{
    private StoreImportResult(bool notFound, bool forbidden, StoreImportPreview preview, bool committed) =>
        (NotFound, Forbidden, Preview, Committed) = (notFound, forbidden, preview, committed);

    public bool NotFound { get; }
    public bool Forbidden { get; }
    public StoreImportPreview Preview { get; }

    /// <summary>True once the rows are written; <see cref="Added"/> and <see cref="Updated"/> then say how many.</summary>
    public bool Committed { get; }

    public int Added => Committed ? Preview.ToAdd : 0;
    public int Updated => Committed ? Preview.ToUpdate : 0;
    public bool Succeeded => !NotFound && !Forbidden && !Preview.HasErrors;

    private static readonly StoreImportPreview Nothing = new([], []);
    public static readonly StoreImportResult NoSuchAccount = new(true, false, Nothing, false);
    public static readonly StoreImportResult NotAllowed = new(false, true, Nothing, false);
    public static StoreImportResult Previewed(StoreImportPreview preview) => new(false, false, preview, false);
    public static StoreImportResult Written(StoreImportPreview preview) => new(false, false, preview, true);
}
