using System.Globalization;
using System.Text.RegularExpressions;
using GroupCrm.Core.Quotas;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Quotas.QuotaPages;

namespace GroupCrm.Web.Tests.Quotas;

/// <summary>
/// The exports hold what the pages show: the matrix cell by cell, the drill-down rule by rule and gap by gap; they
/// are UTF-8 with a byte-order mark, and a store name that a spreadsheet would run as a formula is defused.
/// </summary>
public sealed partial class QuotaCsvTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private static readonly string[] Rules =
        ["Outings", "DistrictHqVisits", "PlanSubmission", "StoreCoverage", "NoticeCoverage", "AccountHqVisits"];

    [Theory]
    [InlineData("mm.east", 0)]
    [InlineData("approver", 0)]
    [InlineData("mm.north", -3)]
    public async Task The_matrix_export_equals_the_matrix(string viewer, int monthsBack)
    {
        var client = await factory.SignedInClientAsync(viewer);
        var month = Iso(CurrentMonth(factory).AddMonths(monthsBack));
        var page = await HtmlAsync(await client.GetAsync($"/Quotas?month={month}"));
        var cells = MatrixCells(page);
        var names = NamePattern().Matches(page).ToDictionary(m => m.Groups["name"].Value.Trim(), m => int.Parse(m.Groups["user"].Value, CultureInfo.InvariantCulture));

        var response = await client.GetAsync($"/Quotas?handler=Csv&month={month}");
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"quotas-{month}.csv");
        var csv = await CsvAsync(response);

        csv[0][..3].ShouldBe(["District", "Person", "Role"]);
        csv[0][3..6].ShouldBe(["Store-visit outings: actual", "Store-visit outings: required", "Store-visit outings: status"]);
        csv[0][^2..].ShouldBe(["Overall", "Open gaps"]);
        csv.Count.ShouldBe(MatrixPeople(page).Count + 1);
        foreach (var row in csv.Skip(1))
        {
            var user = names[row[1]];
            for (var i = 0; i < Rules.Length; i++)
            {
                var (figures, status) = cells[(user, Rules[i])];
                var (actual, required, csvStatus) = (row[3 + 3 * i], row[4 + 3 * i], row[5 + 3 * i]);
                csvStatus.ShouldBe(status, $"{row[1]} {Rules[i]}");
                (actual.Length == 0 ? "" : $"{actual} / {required}").ShouldBe(figures.Replace(",", "", StringComparison.Ordinal), $"{row[1]} {Rules[i]}");
            }
            row[^2].ShouldBe(cells[(user, "Overall")].Status);
        }
    }

    [Fact]
    public async Task The_drill_down_export_equals_the_drill_down()
    {
        var client = await factory.SignedInClientAsync("mm.west");
        var id = await UserIdAsync(factory, "am.west3");
        var page = await HtmlAsync(await client.GetAsync($"/Quotas/Person/{id}"));
        var judged = await JudgedAsync(factory, "mm.west", "am.west3", CurrentMonth(factory));

        var csv = await CsvAsync(await client.GetAsync($"/Quotas/Person/{id}?handler=Csv"));

        csv[0].ShouldBe(["Person", "Month", "Rule", "Version in force", "Required by the rule", "Done", "Status", "What is missing", "Have", "Need"]);
        csv.Count.ShouldBe(1 + judged.Rules.Count + judged.Rules.Sum(r => r.Gaps.Count));
        foreach (var card in CardPattern().Matches(page).Cast<Match>())
        {
            var body = card.Groups["body"].Value;
            var ruleRows = csv.Where(r => r[2] == Regex.Match(body, "<h2[^>]*>([^<]*)</h2>").Groups[1].Value.Trim()).ToList();
            var summary = ruleRows[0];
            summary[3].ShouldBe(Regex.Match(body, """data-testid="rule-version">([^<]*)<""").Groups[1].Value.Trim());
            summary[6].ShouldBe(Regex.Match(body, """data-testid="quota-status"[^>]*>([^<]*)<""").Groups[1].Value.Trim());
            var required = Regex.Match(body, """data-testid="rule-required">([^<]*)<""");
            summary[4].ShouldBe(required.Success ? required.Groups[1].Value.Replace(",", "", StringComparison.Ordinal) : "");
            var actual = Regex.Match(body, """data-testid="rule-actual">([^<]*)<""");
            summary[5].ShouldBe(actual.Success ? actual.Groups[1].Value.Replace(",", "", StringComparison.Ordinal) : "");
            ruleRows.Count.ShouldBe(1 + Regex.Matches(body, """data-testid="gap">""").Count);
        }
        var stores = judged.Rules.Single(r => r.Rule == QuotaRuleKind.StoreCoverage);
        if (stores.Gaps.Count > 0)
            csv.ShouldContain(r => r[7] == $"{stores.Gaps[0].StoreName} ({stores.Gaps[0].AccountName})" && r[8] == "0" && r[9] == "1");
    }

    [Fact]
    public async Task A_store_named_like_a_formula_is_written_as_text()
    {
        var judged = await JudgedAsync(factory, "admin", "am.north2", CurrentMonth(factory));
        var gap = judged.Rules.Single(r => r.Rule == QuotaRuleKind.StoreCoverage).Gaps.First();
        const string hostile = "=HYPERLINK(\"http://evil.example\",\"点击\")";
        await using (var db = factory.CreateDbContext())
            await db.Stores.Where(s => s.Id == gap.StoreId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, hostile));
        var client = await factory.SignedInClientAsync("am.north2");

        var response = await client.GetAsync($"/Quotas/Person/{judged.Person.UserId}?handler=Csv");
        var text = System.Text.Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var csv = ParseCsv(text[1..]);

        csv.ShouldContain(r => r[7] == $"'{hostile} ({gap.AccountName})");
        csv.SelectMany(r => r).ShouldNotContain(c => c.StartsWith('=') || c.StartsWith('+') || c.StartsWith('@'));
        var page = await client.GetStringAsync($"/Quotas/Person/{judged.Person.UserId}");
        page.ShouldNotContain("=HYPERLINK(\"http");
        System.Net.WebUtility.HtmlDecode(page).ShouldContain(hostile);
    }

    [Fact]
    public async Task A_Chinese_reader_gets_the_file_in_Chinese()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");

        var csv = await CsvAsync(await client.GetAsync("/Quotas?handler=Csv"));

        csv[0][..3].ShouldBe(["片区", "人员", "角色"]);
        csv.Skip(1).ShouldAllBe(r => r[0] == "东区");
        csv.Skip(1).Select(r => r[^2]).ShouldAllBe(s => s == "已达标" || s == "进度正常" || s == "有风险" || s == "未完成" || s == "不适用");
    }

    [GeneratedRegex("""data-user="(?<user>\d+)">\s*<th scope="row" class="quota-person">\s*<a [^>]*>(?<name>[^<]*)</a>""")]
    private static partial Regex NamePattern();

    [GeneratedRegex("""<section class="card shadow-sm" data-testid="rule-card" data-rule="\w+">(?<body>.*?)</section>""", RegexOptions.Singleline)]
    private static partial Regex CardPattern();
}
