using System.Globalization;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Quotas;

/// <summary>
/// The months that can be judged: from the first month any quota rule is in force to the current month of the
/// organisation's calendar. Both are first days of months.
/// </summary>
public sealed record QuotaMonthRange(DateOnly First, DateOnly Current)
{
    public const string BeforeFirstMessage = "No quota data before {0}.";
    public const string NotBegunMessage = "This month has not begun yet.";

    /// <summary>Why <paramref name="month"/> cannot be judged, in English; null when it can.</summary>
    public string? Problem(DateOnly month) => Check(month) is { } error
        ? string.Format(CultureInfo.InvariantCulture, error.Message, error.Arguments)
        : null;

    /// <summary>
    /// The same check as <see cref="Problem"/>, as a message key with its arguments for the UI to translate
    /// (the argument is the first month, as "January 2024").
    /// </summary>
    public RecordError? Check(DateOnly month)
    {
        var first = QuotaMonth.Of(month);
        if (first < First) return new RecordError("month", BeforeFirstMessage, First.ToString("MMMM yyyy", CultureInfo.InvariantCulture));
        if (first > Current) return new RecordError("month", NotBegunMessage);
        return null;
    }

    public bool Contains(DateOnly month) => Check(month) is null;

    /// <summary>The months of the range, newest first.</summary>
    public IEnumerable<DateOnly> NewestFirst()
    {
        for (var m = Current; m >= First; m = m.AddMonths(-1)) yield return m;
    }
}
