using System.Globalization;
using GroupCrm.Core.Allocation.Rounds;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>
/// How the round pages write figures: digits grouped the same way in every language, shares and exact packs
/// cut (not rounded) to two decimals so that an exact share of 24.996 packs never reads as 25.00 beside 24 whole packs.
/// </summary>
public static class RoundText
{
    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A basis: sales and volumes are whole in practice, but the column keeps three decimals.</summary>
    public static string Basis(decimal value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    public static string Percent(decimal value) => Cut(value).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    public static string Packs(decimal value) => Cut(value).ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string DayAndTime(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static decimal Cut(decimal value) => Math.Truncate(value * 100m) / 100m;

    /// <summary>The English name of a state (a localization key).</summary>
    public static string State(RoundState state) => state switch
    {
        RoundState.Draft => "Draft",
        RoundState.Submitted => "Submitted",
        RoundState.Approved => "Approved",
        _ => "Superseded",
    };

    /// <summary>The English name of a basis (a localization key).</summary>
    public static string BasisName(RoundBasis basis) => basis switch
    {
        RoundBasis.RecentSales => "Recent sales",
        RoundBasis.PlannedVolume => "Planned volume",
        _ => "Equal shares",
    };

    /// <summary>What happened, in the audit trail's words (a localization key).</summary>
    public static string Event(RoundEventKind kind) => kind switch
    {
        RoundEventKind.Created => "Created the round",
        RoundEventKind.Overridden => "Overrode a line",
        RoundEventKind.OverrideRemoved => "Removed an override",
        RoundEventKind.Submitted => "Submitted for approval",
        RoundEventKind.SentBack => "Sent the round back",
        RoundEventKind.Approved => "Approved",
        _ => "Superseded by a revision",
    };

    /// <summary>The number a form field shows for a nullable whole number.</summary>
    public static string Field(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
