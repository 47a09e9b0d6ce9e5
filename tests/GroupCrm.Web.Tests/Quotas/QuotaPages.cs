using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Web.Tests.Quotas;

/// <summary>
/// What the quota page tests share: demo lookups, the app's own judgement of a person's month (the figures the
/// pages must show), and reading pages and CSV files.
/// </summary>
public static partial class QuotaPages
{
    public static string Iso(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static async Task<int> UserIdAsync(CrmWebFactory factory, string userName)
    {
        await using var db = factory.CreateDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>The current month as the app counts it (the organisation's calendar on the real clock).</summary>
    public static DateOnly CurrentMonth(CrmWebFactory factory)
    {
        var today = factory.Services.GetRequiredService<OrganisationCalendar>().Today;
        return new DateOnly(today.Year, today.Month, 1);
    }

    /// <summary>Everyone the viewer audits, judged for the month by the app's own services.</summary>
    public static async Task<IReadOnlyList<PersonCompliance>> JudgedAsync(CrmWebFactory factory, string viewerName, DateOnly month)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var viewer = await ViewerAsync(factory, viewerName);
        var people = await scope.ServiceProvider.GetRequiredService<QuotaAudience>().VisibleToAsync(viewer);
        return await scope.ServiceProvider.GetRequiredService<ComplianceEngine>().ForPeopleAsync(people, month);
    }

    public static async Task<PersonCompliance> JudgedAsync(CrmWebFactory factory, string viewerName, string personName, DateOnly month)
    {
        var id = await UserIdAsync(factory, personName);
        return (await JudgedAsync(factory, viewerName, month)).Single(p => p.Person.UserId == id);
    }

    public static async Task<Viewer> ViewerAsync(CrmWebFactory factory, string userName)
    {
        await using var db = factory.CreateDbContext();
        var user = await db.Users.Where(u => u.UserName == userName).Select(u => new { u.Id, u.DistrictId }).SingleAsync();
        var role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name).SingleAsync();
        return new Viewer(user.Id, role!, user.DistrictId);
    }

    /// <summary>The decoded page of a 200 response.</summary>
    public static async Task<string> HtmlAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The ids of the people in the matrix, in page order.</summary>
    public static List<int> MatrixPeople(string html) =>
        [.. RowPattern().Matches(html).Select(m => int.Parse(m.Groups["user"].Value, CultureInfo.InvariantCulture))];

    /// <summary>The matrix as the page shows it: per person and rule, "actual / required" (empty when not shown) and the status word.</summary>
    public static Dictionary<(int User, string Rule), (string Figures, string Status)> MatrixCells(string html)
    {
        var cells = new Dictionary<(int, string), (string, string)>();
        foreach (Match row in RowPattern().Matches(html))
        {
            var user = int.Parse(row.Groups["user"].Value, CultureInfo.InvariantCulture);
            foreach (Match cell in CellPattern().Matches(row.Groups["body"].Value))
            {
                var figures = FiguresPattern().Match(cell.Groups["body"].Value);
                var status = StatusPattern().Match(cell.Groups["body"].Value);
                cells[(user, cell.Groups["rule"].Value)] = (figures.Success ? figures.Groups[1].Value.Trim() : "", status.Success ? status.Groups[1].Value.Trim() : "");
            }
            var overall = StatusPattern().Match(OverallPattern().Match(row.Groups["body"].Value).Groups["body"].Value);
            cells[(user, "Overall")] = ("", overall.Groups[1].Value.Trim());
        }
        return cells;
    }

    /// <summary>A CSV file as rows of cells (RFC 4180 quoting), after checking the byte-order mark.</summary>
    public static async Task<List<string[]>> CsvAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        return ParseCsv(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    public static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else cell.Append(c);
        }
        return rows;
    }

    [GeneratedRegex("""<tr data-testid="quota-row" data-user="(?<user>\d+)">(?<body>.*?)</tr>""", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("""data-testid="quota-cell" data-rule="(?<rule>\w+)">(?<body>.*?)</td>""", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("""data-testid="quota-overall">(?<body>.*?)</td>""", RegexOptions.Singleline)]
    private static partial Regex OverallPattern();

    [GeneratedRegex("""data-testid="quota-figures">([^<]*)<""")]
    private static partial Regex FiguresPattern();

    [GeneratedRegex("""data-testid="quota-status"[^>]*>([^<]*)<""")]
    private static partial Regex StatusPattern();
}
