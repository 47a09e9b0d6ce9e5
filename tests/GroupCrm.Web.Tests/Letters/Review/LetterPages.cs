using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Mail;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Letters.Review;

/// <summary>What the letter page tests share: the demo's letters (drafted for the month just closed) and reading the pages.</summary>
internal static partial class LetterPages
{
    public sealed record Pick(int Id, int AccountId, string AccountName, string AccountNameEn);

    /// <summary>Draft letters of the user's accounts that have a buyer with a usable address, by letter id.</summary>
    public static async Task<IReadOnlyList<Pick>> DraftsOfAsync(CrmWebFactory factory, string userName)
    {
        await using var db = factory.CreateDbContext();
        var userId = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        var letters = await db.SalesLetters.AsNoTracking()
            .Where(l => l.State == LetterState.Draft && db.Accounts.Any(a => a.Id == l.AccountId && a.AccountManagerId == userId))
            .OrderBy(l => l.Id)
            .Select(l => new
            {
                l.Id, l.AccountId, Name = db.Accounts.Where(a => a.Id == l.AccountId).Select(a => a.Name).First(),
                NameEn = db.Accounts.Where(a => a.Id == l.AccountId).Select(a => a.NameEn).First(),
                Emails = db.BuyerContacts.Where(c => c.AccountId == l.AccountId).Select(c => c.Email).ToList(),
            })
            .ToListAsync();
        return [.. letters.Where(l => l.Emails.Count > 0 && l.Emails.All(MailAddressCheck.IsValid)).Select(l => new Pick(l.Id, l.AccountId, l.Name, l.NameEn))];
    }

    public static async Task<SalesLetter> LoadAsync(CrmWebFactory factory, int letterId)
    {
        await using var db = factory.CreateDbContext();
        return await db.SalesLetters.AsNoTracking().SingleAsync(l => l.Id == letterId);
    }

    public static async Task<OutgoingMessage?> MessageAsync(CrmWebFactory factory, int letterId)
    {
        await using var db = factory.CreateDbContext();
        var key = letterId.ToString(CultureInfo.InvariantCulture);
        return await db.OutgoingMessages.AsNoTracking().SingleOrDefaultAsync(m => m.Kind == "letter" && m.SubjectKey == key);
    }

    public static string V(uint version) => version.ToString(CultureInfo.InvariantCulture);

    /// <summary>The edit form's fields.</summary>
    public static Dictionary<string, string> Note(string note, string suggestions, uint version) => new()
    {
        ["Input.PersonalNote"] = note, ["Input.Suggestions"] = suggestions, ["Input.Version"] = V(version),
    };

    /// <summary>Every message shown in red on the page, decoded.</summary>
    public static IReadOnlyList<string> Errors(string html) =>
        [.. ErrorText().Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim())).Where(t => t.Length > 0)];

    /// <summary>The status message shown after a redirect, decoded.</summary>
    public static string? Status(string html) =>
        StatusText().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value.Trim()) : null;

    public static async Task<string> GetChineseAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");
        return await (await client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    [GeneratedRegex("""class="(?:text-danger[^"]*|alert alert-danger[^"]*)"[^>]*>(.*?)</(?:span|div)>""", RegexOptions.Singleline)]
    private static partial Regex ErrorText();

    [GeneratedRegex("""data-testid="status">(.*?)</div>""", RegexOptions.Singleline)]
    private static partial Regex StatusText();
}
