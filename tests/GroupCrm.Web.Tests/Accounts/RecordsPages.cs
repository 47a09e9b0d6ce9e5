using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Accounts;

/// <summary>What the HQ record, contact and store page tests share: demo lookups, form fields, and reading pages.</summary>
internal static partial class RecordsPages
{
    public static async Task<int> AccountOfAsync(CrmWebFactory factory, string manager, int index)
    {
        await using var db = factory.CreateDbContext();
        var id = await db.Users.Where(u => u.UserName == manager).Select(u => u.Id).SingleAsync();
        return await db.Accounts.Where(a => a.AccountManagerId == id).OrderBy(a => a.Id).Select(a => a.Id).Skip(index).FirstAsync();
    }

    public static async Task<int> CategoryAsync(CrmWebFactory factory, string code)
    {
        await using var db = factory.CreateDbContext();
        return await db.CustomerCategories.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
    }

    public static Dictionary<string, string> HqFields(string name, string version, string phone = "0571-8888 1234") => new()
    {
        ["Input.Name"] = name, ["Input.NameEn"] = "Test chain", ["Input.LegalRepresentative"] = "<script>alert(1)</script>",
        ["Input.HqAddress"] = "杭州市人民路 1 号", ["Input.OrderPhone"] = phone, ["Input.OrderFrequency"] = "每周", ["Input.BankName"] = "中国银行",
        ["Input.BankAccountNumber"] = "6222 0000 1111", ["Input.PlannedMonthlyVolume"] = "1200", ["Input.Version"] = version,
    };

    public static Dictionary<string, string> StoreFields(int category, string name, string licence, string version = "0") => new()
    {
        ["Input.Name"] = name, ["Input.CategoryId"] = category.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Input.RetailLicenceNumber"] = licence, ["Input.Address"] = "杭州市延安路 2 号", ["Input.ContactName"] = "王五",
        ["Input.Phone"] = "138 0013 8000", ["Input.EstimatedMonthlySales"] = "88000", ["Input.Version"] = version,
    };

    public static Dictionary<string, string> ContactFields(string name, string email, string version = "0") => new()
    {
        ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Phone"] = "138 0013 8000", ["Input.Title"] = "采购经理", ["Input.Version"] = version,
    };

    /// <summary>The row version a form page carries in its hidden Input.Version field.</summary>
    public static async Task<string> FormVersionAsync(HttpClient client, string url) =>
        VersionInput().Match(await client.GetStringAsync(url)).Groups[1].Value;

    public static string HandOff(string html) => HandOffInput().Match(html).Groups[1].Value;

    public static byte[] Csv(params string[] lines) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")];

    public static async Task<string> TextAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionInput();

    [GeneratedRegex("name=\"handOff\" value=\"([^\"]+)\"")]
    private static partial Regex HandOffInput();
}
