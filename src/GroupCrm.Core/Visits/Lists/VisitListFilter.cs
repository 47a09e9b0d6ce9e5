namespace GroupCrm.Core.Visits.Lists;

/// <summary>
/// Whose visits: the viewer's own, or every visit the viewer sees (a market manager's district,
/// an account manager's accounts, everything for administrators and the marketing centre).
/// </summary>
public enum VisitScope
{
    Mine,
    District,
}

/// <summary>The visit list's filters. <see cref="Month"/> is the first day of a month in the organisation's calendar.</summary>
public sealed record VisitListFilter(
    DateOnly? Month = null,
    int? AccountId = null,
    int? StoreId = null,
    VisitKind? Kind = null,
    int? VisitorId = null,
    VisitScope Scope = VisitScope.Mine,
    int Page = 1);

/// <summary>One visit in the list, its time already in the organisation's time zone.</summary>
public sealed record VisitListRow(
    int Id,
    DateTimeOffset VisitedAtLocal,
    VisitKind Kind,
    int AccountId,
    string AccountName,
    string? StoreName,
    string Visitor,
    int ProductChecks,
    bool SpotCheck,
    bool ComplianceConcern);

public sealed record VisitListPage(IReadOnlyList<VisitListRow> Rows, int Total, int Page, int PageCount);
