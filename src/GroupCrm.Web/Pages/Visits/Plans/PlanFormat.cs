using System.Globalization;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;

namespace GroupCrm.Web.Pages.Visits.Plans;

/// <summary>Days and periods as the plan pages write them: ISO dates (as the URLs carry them) with the weekday in the reader's language.</summary>
public static class PlanFormat
{
    public static string Iso(DateOnly day) => PlanCalendar.Format(day);

    /// <summary>"2026-05-04 – 2026-05-17".</summary>
    public static string Period(DateOnly start) => $"{Iso(start)} – {Iso(PlanPeriods.EndOf(start))}";

    /// <summary>"Mon 05-04" / "周一 05-04".</summary>
    public static string Day(DateOnly day) =>
        day.ToString("ddd", CultureInfo.CurrentCulture) + " " + day.ToString("MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly month) => month.ToString("Y", CultureInfo.CurrentCulture);

    public static string Instant(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>What a planned or actual visit went to, for a button value: "accountId:storeId" (no store for the HQ).</summary>
    public static string Pick(int accountId, int? storeId) =>
        string.Create(CultureInfo.InvariantCulture, $"{accountId}:{storeId}");

    public static bool TryParsePick(string? value, out int accountId, out int? storeId)
    {
        (accountId, storeId) = (0, null);
        var parts = (value ?? "").Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out accountId)) return false;
        if (parts[1].Length == 0) return true;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var store)) return false;
        storeId = store;
        return true;
    }
}
