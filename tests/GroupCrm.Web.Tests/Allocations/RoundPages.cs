using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Allocations;

/// <summary>What the round page tests share: demo lookups, the new-round form's fields, and reading the preview.</summary>
internal static partial class RoundPages
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly ThisMonth
    {
        get
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);
            return new DateOnly(today.Year, today.Month, 1);
        }
    }

    public static DateOnly NextMonth => ThisMonth.AddMonths(1);

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The <paramref name="index"/>-th active scarce product (by code).</summary>
    public static async Task<int> ScarceProductAsync(CrmWebFactory factory, int index = 0)
    {
        await using var db = factory.CreateDbContext();
        return await db.Products.Where(p => p.IsScarce && p.IsActive).OrderBy(p => p.Code).Skip(index).Select(p => p.Id).FirstAsync();
    }

    public static async Task<int> DistrictOfAsync(CrmWebFactory factory, string userName)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.DistrictId!.Value).SingleAsync();
    }

    public static Dictionary<string, string> NewRound(
        int district, int product, DateOnly month, string available = "10000", string packSize = "10", string reserve = "0",
        string basis = nameof(RoundBasis.EqualShares), string basisMonths = "3", string minimum = "", string maximum = "") => new()
    {
        ["Input.DistrictId"] = district.ToString(CultureInfo.InvariantCulture), ["Input.ProductId"] = product.ToString(CultureInfo.InvariantCulture),
        ["Input.Month"] = Month(month), ["Input.AvailableUnits"] = available, ["Input.PackSize"] = packSize, ["Input.ReserveUnits"] = reserve,
        ["Input.Basis"] = basis, ["Input.BasisMonths"] = basisMonths, ["Input.MinimumPacks"] = minimum, ["Input.MaximumPacks"] = maximum,
        ["Input.Version"] = "0",
    };

    /// <summary>The fields with one of them set to <paramref name="value"/>.</summary>
    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }

    /// <summary>Creates a round through the form as <paramref name="client"/>'s user and returns its id.</summary>
    public static async Task<int> CreateAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var response = await client.PostFormAsync("/Allocations/New", fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"The round was not created: {(int)response.StatusCode} {Errors(await response.Content.ReadAsStringAsync()).FirstOrDefault()}");
        return int.Parse(RoundUrl().Match(response.Headers.Location!.OriginalString).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static async Task<AllocationRound> LoadAsync(CrmWebFactory factory, int roundId)
    {
        await using var db = factory.CreateDbContext();
        return await db.AllocationRounds.AsNoTracking().Include(r => r.Lines).SingleAsync(r => r.Id == roundId);
    }

    public static async Task<int> RoundCountAsync(CrmWebFactory factory)
    {
        await using var db = factory.CreateDbContext();
        return await db.AllocationRounds.CountAsync();
    }

    /// <summary>The first line (by account id) of a round, for an account of the given manager when one is named.</summary>
    public static async Task<RoundLine> LineAsync(CrmWebFactory factory, int roundId, string? manager = null, bool otherManager = false)
    {
        await using var db = factory.CreateDbContext();
        var managerId = manager is null ? 0 : await db.Users.Where(u => u.UserName == manager).Select(u => u.Id).SingleAsync();
        return await db.RoundLines.AsNoTracking().Where(l => l.RoundId == roundId)
            .Where(l => manager == null || db.Accounts.Any(a => a.Id == l.AccountId && (a.AccountManagerId == managerId) != otherManager))
            .OrderBy(l => l.AccountId).FirstAsync();
    }

    public static async Task<string> AccountNameAsync(CrmWebFactory factory, int accountId)
    {
        await using var db = factory.CreateDbContext();
        return await db.Accounts.Where(a => a.Id == accountId).Select(a => a.NameEn).SingleAsync();
    }

    /// <summary>Every message shown in red on the page (form errors, line errors and refusals), decoded.</summary>
    public static IReadOnlyList<string> Errors(string html) =>
        [.. ErrorText().Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim())).Where(t => t.Length > 0)];

    /// <summary>Fetches a page with the browser's language set to Chinese (no culture cookie is set by the test clients).</summary>
    public static async Task<string> GetChineseAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");
        return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    [GeneratedRegex("""^/Allocations/(\d+)""")]
    private static partial Regex RoundUrl();

    [GeneratedRegex("""class="(?:text-danger[^"]*|alert alert-danger[^"]*|field-validation-error[^"]*)"[^>]*>(.*?)</(?:span|div)>""", RegexOptions.Singleline)]
    private static partial Regex ErrorText();
}
