using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GroupCrm.Core.Onboarding;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Sales;

/// <summary>What the sales analytics page tests read from the demo database and from the pages.</summary>
internal static partial class AnalyticsPages
{
    /// <summary>The month the pages show by default: the last full month in China time, which the demo sales end with.</summary>
    public static DateOnly LastFullMonth()
    {
        var china = DateTime.UtcNow.AddHours(8);
        return new DateOnly(china.Year, china.Month, 1).AddMonths(-1);
    }

    public static string MonthValue(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static async Task<int> UserIdAsync(CrmWebFactory factory, string userName)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    public static async Task<int> DistrictIdAsync(CrmWebFactory factory, string code)
    {
        await using var db = factory.CreateDbContext();
        return await db.Districts.Where(d => d.Code == code).Select(d => d.Id).SingleAsync();
    }

    /// <summary>The first active chain (by id) that has sales in the month and is managed by the user.</summary>
    public static async Task<int> ActiveAccountWithSalesAsync(CrmWebFactory factory, string manager, DateOnly month)
    {
        var id = await UserIdAsync(factory, manager);
        await using var db = factory.CreateDbContext();
        return await db.Accounts.Where(a => a.AccountManagerId == id && a.State == AccountState.Active)
            .Where(a => db.MonthlySales.Any(s => s.Month == month && db.Stores.Any(st => st.Id == s.StoreId && st.AccountId == a.Id)))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
    }

    /// <summary>The quantity an account sold in a month, summed here independently of the app.</summary>
    public static async Task<long> QuantityAsync(CrmWebFactory factory, int accountId, DateOnly month)
    {
        await using var db = factory.CreateDbContext();
        return await db.MonthlySales.Where(s => s.Month == month && db.Stores.Any(st => st.Id == s.StoreId && st.AccountId == accountId))
            .SumAsync(s => (long)s.Quantity);
    }

    /// <summary>Accounts that must be in a summary: the active ones of the scope, and any with sales in the month.</summary>
    public static async Task<HashSet<int>> ExpectedRowsAsync(CrmWebFactory factory, IQueryable<GroupAccount> scope, DateOnly month)
    {
        await using var db = factory.CreateDbContext();
        var ids = await scope.Select(a => a.Id).ToListAsync();
        return [.. await db.Accounts.Where(a => ids.Contains(a.Id))
            .Where(a => a.State == AccountState.Active || db.MonthlySales.Any(s => s.Month == month && db.Stores.Any(st => st.Id == s.StoreId && st.AccountId == a.Id)))
            .Select(a => a.Id).ToListAsync()];
    }

    /// <summary>The account ids the summary table links to.</summary>
    public static HashSet<int> LinkedAccounts(string html) =>
        [.. AccountLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    public static string Quantity(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("en"));

    public static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex(@"href=""/Accounts/(\d+)\?month=\d{4}-\d{2}#sales""")]
    private static partial Regex AccountLink();
}
