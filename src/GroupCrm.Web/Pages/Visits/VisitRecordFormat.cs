using System.Globalization;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.SpotChecks;

namespace GroupCrm.Web.Pages.Visits;

/// <summary>
/// How a recorded visit's values are written: ISO days, 24-hour times in the organisation's zone, plain
/// numbers, and a dash for a value not recorded. The English words returned are localization keys.
/// </summary>
public static class VisitRecordFormat
{
    public const string Missing = "–";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Price(decimal? price) => price?.ToString("N2", CultureInfo.CurrentCulture) ?? Missing;

    public static string Count(int? count) => count?.ToString("N0", CultureInfo.CurrentCulture) ?? Missing;

    public static string Kind(VisitKind kind) => kind == VisitKind.Hq ? "HQ visit" : "Store visit";

    public static string YesNo(bool value) => value ? "yes" : "no";

    /// <summary>"87.5 %", or null when nothing was compared (the page then says so in words).</summary>
    public static string? Share(SpotCheckScore score) =>
        score.Share is { } share ? (share * 100).ToString("0.0", CultureInfo.CurrentCulture) + " %" : null;

    public static string Outcome(FieldOutcome outcome) => outcome switch
    {
        FieldOutcome.Matches => "matches",
        FieldOutcome.Differs => "differs",
        _ => "not compared",
    };

    public static string OutcomeClass(FieldOutcome outcome) => outcome switch
    {
        FieldOutcome.Matches => "spot-matches",
        FieldOutcome.Differs => "spot-differs",
        _ => "spot-not-compared",
    };
}
