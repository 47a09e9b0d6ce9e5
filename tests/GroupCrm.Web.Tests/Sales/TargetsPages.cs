using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GroupCrm.Core.Onboarding;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Sales;

/// <summary>What the target and forecast page tests share: demo lookups, the months as the app counts them, and reading forms.</summary>
internal static partial class TargetsPages
{
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly CurrentMonth
    {
        get
        {
            var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, China);
            return new DateOnly(today.Year, today.Month, 1);
        }
    }

    public static string Text(DateOnly month) => month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The <paramref name="index"/>-th active account (by id) of a demo account manager.</summary>
    public static async Task<(int Id, string Name, string Licence)> ActiveAccountOfAsync(CrmWebFactory factory, string manager, int index = 0)
    {
        await using var db = factory.CreateDbContext();
        var id = await db.Users.Where(u => u.UserName == manager).Select(u => u.Id).SingleAsync();
        var account = await db.Accounts.Where(a => a.AccountManagerId == id && a.State == AccountState.Active).OrderBy(a => a.Id)
            .Skip(index).Select(a => new { a.Id, a.Name, a.BusinessLicenceNumber }).FirstAsync();
        return (account.Id, account.Name, account.BusinessLicenceNumber);
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Every input of a page that has a name and a value, as a form would post them.</summary>
    public static Dictionary<string, string> Inputs(string html, string namePrefix) =>
        InputTag().Matches(html).Select(m => (Name: NameAttribute().Match(m.Value), Value: ValueAttribute().Match(m.Value)))
            .Where(p => p.Name.Success && p.Name.Groups[1].Value.StartsWith(namePrefix, StringComparison.Ordinal))
            .ToDictionary(p => WebUtility.HtmlDecode(p.Name.Groups[1].Value), p => p.Value.Success ? WebUtility.HtmlDecode(p.Value.Groups[1].Value) : "");

    /// <summary>The value of the first input called <paramref name="name"/>.</summary>
    public static string FirstInput(string html, string name) =>
        InputTag().Matches(html).Select(m => m.Value).Where(tag => NameAttribute().Match(tag).Groups[1].Value == name)
            .Select(tag => WebUtility.HtmlDecode(ValueAttribute().Match(tag).Groups[1].Value)).First();

    public static string HandOff(string html) => HandOffInput().Match(html).Groups[1].Value;

    public static byte[] Csv(params string[] lines) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputTag();

    [GeneratedRegex("name=\"([^\"]+)\"")]
    private static partial Regex NameAttribute();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("name=\"handOff\" value=\"([^\"]+)\"")]
    private static partial Regex HandOffInput();
}
