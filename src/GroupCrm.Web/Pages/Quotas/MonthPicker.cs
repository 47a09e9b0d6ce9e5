using GroupCrm.Core.Quotas;

namespace GroupCrm.Web.Pages.Quotas;

/// <summary>
/// The month picker of a quota page: the previous and next month as links (always months that can be judged) and
/// a month input. <see cref="Route"/> holds the page's other route values (the person, the district).
/// </summary>
public sealed record MonthPicker(string Page, DateOnly Month, QuotaMonthRange Range, IReadOnlyDictionary<string, string?> Route)
{
    /// <summary>The month before, inside the range; from a month after the range, the current month.</summary>
    public DateOnly? Previous => Month > Range.Current ? Range.Current : Month > Range.First ? Month.AddMonths(-1) : null;

    /// <summary>The month after, inside the range; from a month before the range, the first month.</summary>
    public DateOnly? Next => Month < Range.First ? Range.First : Month < Range.Current ? Month.AddMonths(1) : null;

    public Dictionary<string, string?> RouteOf(DateOnly month) => new(Route) { ["month"] = QuotaText.Iso(month) };
}
