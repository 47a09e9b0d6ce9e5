using System.Globalization;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;

namespace GroupCrm.Web.Pages.Accounts.Documents;

/// <summary>How dates, times, sizes and flags of documents are written on the pages.</summary>
public static class DocumentDisplay
{
    /// <summary>In the reader's culture, like every date of the app; no-break spaces keep it on one line.</summary>
    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "–";

    /// <summary>In the organisation's time zone, where the people who read it are.</summary>
    public static string Time(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("g", CultureInfo.CurrentCulture).Replace(' ', '\u00A0');

    public static string Size(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024.0).ToString("0.#", CultureInfo.CurrentCulture) + " KB"
        : (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.CurrentCulture) + " MB";

    /// <summary>Expiry flags matter for a version that counts: not for a rejected one (that is missing anyway).</summary>
    public static (bool Expired, bool ExpiringSoon) Flags(DocumentVersionRow row, DateOnly today) => row.Verdict == DocumentVerdict.Rejected
        ? (false, false)
        : (DocumentRules.IsExpired(row.ExpiresOn, today), DocumentRules.IsExpiringSoon(row.ExpiresOn, today));
}
