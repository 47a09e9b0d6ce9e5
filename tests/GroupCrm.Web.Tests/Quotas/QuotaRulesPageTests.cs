using System.Net;
using GroupCrm.Core.Quotas;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Quotas.QuotaPages;

namespace GroupCrm.Web.Tests.Quotas;

/// <summary>
/// The rules page: everyone with the quota pages reads the rules; only the administrator saves a version, from the
/// current month on. Nonsense, out-of-bounds numbers and past months are refused with a sentence, and nothing changes.
/// </summary>
public sealed class QuotaRulesPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Url = "/Quotas/Rules";

    private Dictionary<string, string> Form(string rule, DateOnly month, string required, string? stores = null, string? enabled = "true")
    {
        var fields = new Dictionary<string, string> { ["Input.Rule"] = rule, ["Input.EffectiveFrom"] = Iso(month), ["Input.Required"] = required };
        if (stores is not null) fields["Input.StoresPerOuting"] = stores;
        if (enabled is not null) fields["Input.IsEnabled"] = enabled;
        return fields;
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.QuotaRules.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        return string.Join(";", rows.Select(r => $"{r.Id}/{r.Rule}/{r.EffectiveFrom}/{r.IsEnabled}/{r.Required}/{r.StoresPerOuting}/{r.ChangedById}"));
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.west")]
    [InlineData("approver")]
    [InlineData("admin")]
    public async Task Everyone_reads_the_rules_in_force_and_only_the_administrator_gets_the_form(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);

        var html = await HtmlAsync(await client.GetAsync(Url));

        html.Split("data-testid=\"rule-in-force\"").Length.ShouldBe(7);
        html.ShouldContain("≥ 4 outings of ≥ 10 stores");
        html.ShouldContain("≥ 2 HQ visits per active account, by appointment booked 24 h ahead");
        html.ShouldContain("data-testid=\"quotas-sections\"");
        (html.Contains("data-testid=\"rule-form\"", StringComparison.Ordinal)).ShouldBe(userName == "admin");
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.east")]
    [InlineData("approver")]
    public async Task Anyone_but_the_administrator_posting_a_rule_is_refused_and_nothing_changes(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);
        var before = await SnapshotAsync();

        var response = await client.PostFormAsync(Url, Form("Outings", CurrentMonth(factory).AddMonths(1), "2", "5"));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var client = await factory.SignedInClientAsync("admin");
        var before = await SnapshotAsync();

        var response = await client.PostAsync(Url, new FormUrlEncodedContent(Form("Outings", CurrentMonth(factory).AddMonths(1), "2", "5")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_administrator_schedules_a_version_and_saving_the_same_month_again_replaces_it()
    {
        var client = await factory.SignedInClientAsync("admin");
        var month = CurrentMonth(factory).AddMonths(7);

        var saved = await client.PostFormAsync(Url, Form("Outings", month, "5", "12"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await HtmlAsync(await client.GetAsync(saved.Headers.Location));
        page.ShouldContain("Saved: Store-visit outings from");
        page.ShouldContain($"data-testid=\"rule-version\" data-rule=\"Outings\" data-from=\"{Iso(month)}\"");
        page.ShouldContain("Scheduled");

        (await client.PostFormAsync(Url, Form("Outings", month, "6", "15", enabled: null))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = factory.CreateDbContext();
        var versions = await db.QuotaRules.AsNoTracking().Where(r => r.Rule == QuotaRuleKind.Outings && r.EffectiveFrom == month).ToListAsync();
        versions.Count.ShouldBe(1);
        (versions[0].Required, versions[0].StoresPerOuting, versions[0].IsEnabled).ShouldBe((6, (int?)15, false));
        versions[0].ChangedById.ShouldBe(await UserIdAsync(factory, "admin"));
        // The month under way keeps the version it is judged by.
        (await HtmlAsync(await client.GetAsync(Url))).ShouldContain("≥ 4 outings of ≥ 10 stores");
    }

    [Fact]
    public async Task A_percentage_rule_saved_for_a_later_month_leaves_out_stores_per_outing()
    {
        var client = await factory.SignedInClientAsync("admin");
        var month = CurrentMonth(factory).AddMonths(9);

        (await client.PostFormAsync(Url, Form("StoreCoverage", month, "90", "50"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = factory.CreateDbContext();
        var version = await db.QuotaRules.AsNoTracking().SingleAsync(r => r.Rule == QuotaRuleKind.StoreCoverage && r.EffectiveFrom == month);
        (version.Required, version.StoresPerOuting, version.IsEnabled).ShouldBe((90, (int?)null, true));
    }

    public static TheoryData<string, int, string, string?, string?, string> BadInput => new()
    {
        // rule, months from now, required, stores per outing, enabled, message
        { "AccountHqVisits", 1, "-3", null, "true", "Enter a number from 0 to 31." },
        { "AccountHqVisits", 1, "32", null, "true", "Enter a number from 0 to 31." },
        { "DistrictHqVisits", 1, "1000000", null, "true", "Enter a number from 0 to 31." },
        { "StoreCoverage", 1, "101", null, "true", "Enter a number from 0 to 100." },
        { "PlanSubmission", 1, "-1", null, "true", "Enter a number from 0 to 100." },
        { "Outings", 1, "32", "10", "true", "Enter a number from 0 to 31." },
        { "Outings", 1, "4", "0", "true", "Enter the stores an outing must cover: a number from 1 to 200." },
        { "Outings", 1, "4", "201", "true", "Enter the stores an outing must cover: a number from 1 to 200." },
        { "Outings", 1, "4", "", "true", "Enter the stores an outing must cover: a number from 1 to 200." },
        { "Outings", 1, "4", "ten", "true", "Enter the stores an outing must cover: a number from 1 to 200." },
        { "NoticeCoverage", 1, "abc", null, "true", "Enter a whole number." },
        { "NoticeCoverage", 1, "", null, "true", "Enter a whole number." },
        { "NoticeCoverage", 1, "4.5", null, "true", "Enter a whole number." },
        { "NoticeCoverage", 1, "1e3", null, "true", "Enter a whole number." },
        { "NoticeCoverage", 1, "99999999999", null, "true", "Enter a whole number." },
        { "StoreCoverage", -1, "90", null, "true", "A rule can only be changed from the current month on: a month already judged keeps its rules." },
        { "StoreCoverage", -30, "90", null, "true", "A rule can only be changed from the current month on: a month already judged keeps its rules." },
        { "StoreCoverage", 61, "90", null, "true", "A rule can be changed at most five years ahead." },
        { "Nope", 1, "1", null, "true", "Choose one of the quota rules." },
        { "7", 1, "1", null, "true", "Choose one of the quota rules." },
        { "", 1, "1", null, "true", "Choose one of the quota rules." },
        { "StoreCoverage", 1, "90", null, "maybe", "Tick the box to switch the rule on, or leave it empty to switch it off." },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_refused_with_a_sentence_and_nothing_changes(string rule, int monthsAhead, string required, string? stores, string? enabled, string message)
    {
        var client = await factory.SignedInClientAsync("admin");
        var before = await SnapshotAsync();

        var html = await HtmlAsync(await client.PostFormAsync(Url, Form(rule, CurrentMonth(factory).AddMonths(monthsAhead), required, stores, enabled)));

        html.ShouldContain(message);
        html.ShouldContain("data-testid=\"rule-form\"");
        (await SnapshotAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("2026-13")]
    [InlineData("")]
    public async Task A_month_that_cannot_be_read_is_refused_and_nothing_changes(string month)
    {
        var client = await factory.SignedInClientAsync("admin");
        var before = await SnapshotAsync();
        var fields = Form("StoreCoverage", CurrentMonth(factory), "90");
        fields["Input.EffectiveFrom"] = month;

        var html = await HtmlAsync(await client.PostFormAsync(Url, fields));

        html.ShouldContain($"The month must be written as year and month, for example {Iso(CurrentMonth(factory))}.");
        (await SnapshotAsync()).ShouldBe(before);
    }
}
