using System.Globalization;
using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Web.Infrastructure;

namespace GroupCrm.Web.Pages.Bulletins;

/// <summary>How the bulletin pages name months, districts and times.</summary>
public static class BulletinDisplay
{
    public const string MalformedMonth = "The month must be written as year and month, like 2026-03.";

    // The titles of the three parts and of the writing actions (localization keys).
    public const string MarketSituation = "Market situation";
    public const string BrandTrends = "Brand trends";
    public const string ProductNews = "Product news";
    public const string WriteThisMonth = "Write this month's bulletin";
    public const string EditThisMonth = "Edit this month's bulletin";
    public const string WriteLastMonth = "Write last month's bulletin";
    public const string EditLastMonth = "Edit last month's bulletin";

    /// <summary>What the button to this month's or last month's bulletin says.</summary>
    public static string WriteAction(bool thisMonth, bool written) => thisMonth
        ? (written ? EditThisMonth : WriteThisMonth)
        : (written ? EditLastMonth : WriteLastMonth);

    public static string Month(DateOnly month) => DistrictChoices.InChinese
        ? month.ToString("yyyy年M月", CultureInfo.InvariantCulture)
        : month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("en"));

    public static string District(BulletinDistrict district) => DistrictChoices.NameOf(district.Name, district.NameEn);

    public static string Time(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The route values of one district's bulletin of one month.</summary>
    public static object Route(int districtId, DateOnly month) => new { district = districtId, month = BulletinMonths.Format(month) };
}
