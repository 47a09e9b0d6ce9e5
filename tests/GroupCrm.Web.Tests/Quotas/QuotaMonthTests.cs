using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using static GroupCrm.Web.Tests.Quotas.QuotaPages;

namespace GroupCrm.Web.Tests.Quotas;

/// <summary>
/// The month in the URL is user input: nonsense, months before the first quota rule and months not yet begun get a
/// clear sentence and no figures, on the matrix, the drill-down and both exports. The first and current months work.
/// </summary>
public sealed class QuotaMonthTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    public static TheoryData<string, string> BadMonths => new()
    {
        { "abc", "The month must be written as year and month, for example {current}." },
        { "2026-13", "The month must be written as year and month, for example {current}." },
        { "2026-00", "The month must be written as year and month, for example {current}." },
        { "2026-11-05", "The month must be written as year and month, for example {current}." },
        { "11/2026", "The month must be written as year and month, for example {current}." },
        { "2026-11' OR '1'='1", "The month must be written as year and month, for example {current}." },
        { new string('9', 2000), "The month must be written as year and month, for example {current}." },
        { "<script>alert(1)</script>", "The month must be written as year and month, for example {current}." },
        { "2023-12", "No quota data before January 2024." },
        { "0001-01", "No quota data before January 2024." },
        { "{next}", "This month has not begun yet." },
        { "9999-12", "This month has not begun yet." },
    };

    private string Resolve(string text) => text
        .Replace("{current}", Iso(CurrentMonth(factory)), StringComparison.Ordinal)
        .Replace("{next}", Iso(CurrentMonth(factory).AddMonths(1)), StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(BadMonths))]
    public async Task The_matrix_says_what_is_wrong_with_the_month_and_shows_no_figures(string month, string message)
    {
        var client = await factory.SignedInClientAsync("mm.east");
        var query = Uri.EscapeDataString(Resolve(month));

        foreach (var url in new[] { $"/Quotas?month={query}", $"/Quotas?handler=Csv&month={query}" })
        {
            var html = await HtmlAsync(await client.GetAsync(url));
            html.ShouldContain($"data-testid=\"month-problem\">{Resolve(message)}<");
            html.ShouldNotContain("data-testid=\"quota-row\"");
            html.ShouldNotContain("data-testid=\"export-csv\"");
            html.ShouldNotContain("<script>alert(1)</script>");
        }
    }

    [Theory]
    [MemberData(nameof(BadMonths))]
    public async Task The_drill_down_says_what_is_wrong_with_the_month_and_shows_no_figures(string month, string message)
    {
        var client = await factory.SignedInClientAsync("am.east1");
        var id = await UserIdAsync(factory, "am.east1");
        var query = Uri.EscapeDataString(Resolve(month));

        foreach (var url in new[] { $"/Quotas/Person/{id}?month={query}", $"/Quotas/Person/{id}?handler=Csv&month={query}" })
        {
            var html = await HtmlAsync(await client.GetAsync(url));
            html.ShouldContain($"data-testid=\"month-problem\">{Resolve(message)}<");
            html.ShouldNotContain("data-testid=\"rule-card\"");
            html.ShouldNotContain("data-testid=\"next-steps\"");
        }
    }

    [Fact]
    public async Task The_problem_is_said_in_Chinese_to_a_Chinese_reader()
    {
        var client = await factory.SignedInClientAsync("mm.east");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");

        var html = await HtmlAsync(await client.GetAsync("/Quotas?month=2023-06"));

        html.ShouldContain("2024年1月之前没有考核数据。");
    }

    [Fact]
    public async Task The_first_month_has_no_previous_link_and_the_current_month_no_next_link()
    {
        var client = await factory.SignedInClientAsync("mm.east");

        var first = await HtmlAsync(await client.GetAsync("/Quotas?month=2024-01"));
        first.ShouldContain("data-testid=\"quota-row\"");
        first.ShouldNotContain("data-testid=\"previous-month\"");
        first.ShouldContain("data-testid=\"next-month\"");
        first.ShouldContain("href=\"/Quotas?month=2024-02\"");

        var current = await HtmlAsync(await client.GetAsync("/Quotas"));
        current.ShouldContain($">{CurrentMonth(factory).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}<");
        current.ShouldContain("data-testid=\"previous-month\"");
        current.ShouldNotContain("data-testid=\"next-month\"");
    }

    [Fact]
    public async Task A_month_outside_the_range_links_back_into_it()
    {
        var client = await factory.SignedInClientAsync("mm.east");

        var before = await HtmlAsync(await client.GetAsync("/Quotas?month=2019-05"));
        Link(before, "next-month").ShouldContain("href=\"/Quotas?month=2024-01\"");
        before.ShouldNotContain("data-testid=\"previous-month\"");

        var after = await HtmlAsync(await client.GetAsync("/Quotas?month=9999-12"));
        Link(after, "previous-month").ShouldContain($"href=\"/Quotas?month={Iso(CurrentMonth(factory))}\"");
        after.ShouldNotContain("data-testid=\"next-month\"");
    }

    private static string Link(string html, string testId) =>
        System.Text.RegularExpressions.Regex.Match(html, $"<a [^>]*data-testid=\"{testId}\"[^>]*>").Value;

    [Fact]
    public async Task A_past_month_has_its_figures_and_no_to_do_list_even_on_ones_own_page()
    {
        var client = await factory.SignedInClientAsync("am.east1");
        var id = await UserIdAsync(factory, "am.east1");
        var month = CurrentMonth(factory).AddMonths(-2);

        var html = await HtmlAsync(await client.GetAsync($"/Quotas/Person/{id}?month={Iso(month)}"));

        html.ShouldContain("data-testid=\"rule-card\"");
        html.ShouldNotContain("data-testid=\"next-steps\"");
        html.ShouldContain($"href=\"/Quotas/Person/{id}?month={Iso(month.AddMonths(-1))}\"");
    }
}
