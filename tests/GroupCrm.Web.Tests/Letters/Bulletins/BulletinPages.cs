using System.Globalization;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Letters.Bulletins;

/// <summary>Addresses and facts of the demo's bulletins that the page tests share.</summary>
public static class BulletinPages
{
    /// <summary>Today's month in China time, as the app counts it.</summary>
    public static DateOnly ThisMonth
    {
        get
        {
            var local = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
            return new DateOnly(local.Year, local.Month, 1);
        }
    }

    /// <summary>The last closed month: the newest one the demo wrote bulletins for.</summary>
    public static DateOnly LastMonth => ThisMonth.AddMonths(-1);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string View(int district, DateOnly month) => $"/Bulletins/View?district={district}&month={Month(month)}";

    public static string Edit(int district, DateOnly month) => $"/Bulletins/Edit?district={district}&month={Month(month)}";

    public static async Task<int> DistrictAsync(this CrmWebFactory factory, string code)
    {
        await using var db = factory.CreateDbContext();
        return await db.Districts.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
    }

    public static async Task<GroupCrm.Core.Letters.Bulletins.MarketBulletin?> StoredAsync(this CrmWebFactory factory, int district, DateOnly month)
    {
        await using var db = factory.CreateDbContext();
        return await db.MarketBulletins.AsNoTracking().SingleOrDefaultAsync(b => b.DistrictId == district && b.Month == month);
    }

    public static Dictionary<string, string> Fields(string? situation, string? trends = "", string? news = "", uint? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.MarketSituation"] = situation ?? "", ["Input.BrandTrends"] = trends ?? "", ["Input.ProductNews"] = news ?? "",
        };
        if (version is { } v) fields["Input.Version"] = v.ToString(CultureInfo.InvariantCulture);
        return fields;
    }
}
