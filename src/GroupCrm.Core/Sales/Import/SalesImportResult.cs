namespace GroupCrm.Core.Sales.Import;

/// <summary>What an applied import did, and how long each step took.</summary>
public sealed record SalesImportSummary(
    int ImportId, int Rows, DateOnly FirstMonth, DateOnly LastMonth, int MonthCount, int StoreCount, int CellCount, int ReplacedRows,
    TimeSpan Validating, TimeSpan Staging, TimeSpan Replacing, TimeSpan Total);

/// <summary>The outcome of an import: applied (with its summary), refused with its errors (nothing written), or not allowed.</summary>
public sealed class SalesImportResult
{
    private SalesImportResult(bool forbidden, SalesImportErrors errors, SalesImportSummary? summary) =>
        (Forbidden, Errors, Summary) = (forbidden, errors, summary);

    public bool Forbidden { get; }
    public SalesImportErrors Errors { get; }
    public SalesImportSummary? Summary { get; }
    public bool Applied => Summary is not null;

    public static readonly SalesImportResult NotAllowed = new(true, SalesImportErrors.Of(SalesImportMessages.NotAllowed), null);
    public static SalesImportResult Refused(SalesImportErrors errors) => new(false, errors, null);
    public static SalesImportResult Refused(string message, params object[] arguments) => Refused(SalesImportErrors.Of(message, arguments));
    public static SalesImportResult Done(SalesImportSummary summary) => new(false, new SalesImportErrors(), summary);
}
