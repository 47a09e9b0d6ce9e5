using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Sales.Targets;

public enum TargetImportAction { Add, Update }

/// <summary>One data row's cells as the file has them (trimmed), for the preview table.</summary>
public sealed record TargetImportValues(string Account, string Month, string Product, string Quantity);

/// <summary>One data row: its spreadsheet row number, its cells, every reason it cannot be imported, and whether it adds or updates a target.</summary>
public sealed record TargetImportRow(int RowNumber, TargetImportValues Values, IReadOnlyList<RecordError> Errors, TargetImportAction Action);

/// <summary>What an import of a file would do, and everything that stops it; file-level errors leave no rows to show.</summary>
public sealed class TargetImportPreview(IReadOnlyList<RecordError> fileErrors, IReadOnlyList<TargetImportRow> rows)
{
    public IReadOnlyList<RecordError> FileErrors { get; } = fileErrors;
    public IReadOnlyList<TargetImportRow> Rows { get; } = rows;
    public int ToAdd => Rows.Count(r => r.Action == TargetImportAction.Add);
    public int ToUpdate => Rows.Count(r => r.Action == TargetImportAction.Update);
    public int RowsWithErrors => Rows.Count(r => r.Errors.Count > 0);
    public bool HasErrors => FileErrors.Count > 0 || RowsWithErrors > 0;
}

/// <summary>The outcome of a preview or a commit. A commit writes every row or, when anything is wrong, none.</summary>
public sealed class TargetImportResult
{
    private TargetImportResult(bool forbidden, TargetImportPreview preview, bool committed) =>
        (Forbidden, Preview, Committed) = (forbidden, preview, committed);

    /// <summary>The viewer's role sets no targets: a 403.</summary>
    public bool Forbidden { get; }

    public TargetImportPreview Preview { get; }

    /// <summary>True once the rows are written; <see cref="Added"/> and <see cref="Updated"/> say how many.</summary>
    public bool Committed { get; }

    public int Added => Committed ? Preview.ToAdd : 0;
    public int Updated => Committed ? Preview.ToUpdate : 0;

    public static readonly TargetImportResult NotAllowed = new(true, new TargetImportPreview([], []), false);
    public static TargetImportResult Previewed(TargetImportPreview preview) => new(false, preview, false);
    public static TargetImportResult Written(TargetImportPreview preview) => new(false, preview, true);
}
