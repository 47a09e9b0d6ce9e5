using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// The quota audit in a real browser: the East market manager's matrix and an account manager's drill-down, on a
/// desktop and on a phone, in English and in Chinese; the administrator's rule form refusing nonsense; a month
/// outside the data. The pages must fit the phone's width; screenshots are kept.
/// </summary>
public sealed partial class QuotaPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Viewports => [Viewport.Desktop.Name, Viewport.Phone.Name];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task The_market_manager_reads_the_district_matrix_and_opens_a_drill_down(string viewport)
    {
        var size = Viewport.Named(viewport);
        await using var context = await browser.NewContextAsync(size);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");
        await Expect(page.GetByTestId("tiles")).ToContainTextAsync("People at risk in the district");
        await Expect(page.GetByTestId("tiles")).ToContainTextAsync("Open quota gaps this month");
        await Screenshots.SaveAsync(page, $"quotas-dashboard-{viewport}");

        await page.GotoAsync("/Quotas");
        // A wide screen shows the matrix, a phone one card per person.
        var rows = page.Locator(size == Viewport.Phone ? "[data-testid=quota-card]" : "[data-testid=quota-row]");
        await Expect(rows.First).ToBeVisibleAsync();
        (await rows.CountAsync()).ShouldBe(await PeopleOfEastAsync());
        await Expect(page.GetByTestId("quota-district")).ToHaveCountAsync(1);
        // Every status says its word; the colour only helps.
        foreach (var badge in await rows.GetByTestId("quota-status").AllAsync())
            (await badge.InnerTextAsync()).ShouldMatch("^(Met|On track|At risk|Missed|Not applicable)$");
        await Expect(page.GetByTestId("history-row")).ToHaveCountAsync(await rows.CountAsync());
        await FitsTheWidthAsync(page, size);
        await Screenshots.SaveAsync(page, $"quotas-matrix-{viewport}");

        await rows.Nth(1).GetByTestId("person-link").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Quotas/Person/\d+\?month=\d{4}-\d{2}$"));
        await Expect(page.GetByTestId("rule-card")).ToHaveCountAsync(4);
        await Expect(page.GetByTestId("rule-version").First).ToContainTextAsync("in force since");
        await Expect(page.GetByTestId("next-steps")).ToHaveCountAsync(0); // not their own page
        await FitsTheWidthAsync(page, size);
        await Screenshots.SaveAsync(page, $"quotas-person-{viewport}");

        await page.OpenMenuIfCollapsedAsync();
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.GetByTestId("rule-version").First).ToContainTextAsync("起生效");
        await Screenshots.SaveAsync(page, $"quotas-person-{viewport}-zh");
        await page.GotoAsync("/Quotas");
        await Expect(page.Locator("[data-testid=quota-status]:visible").First).ToHaveTextAsync(new Regex("^(已达标|进度正常|有风险|未完成|不适用)$"));
        await FitsTheWidthAsync(page, size);
        await Screenshots.SaveAsync(page, $"quotas-matrix-{viewport}-zh");
    }

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task An_account_manager_lands_on_their_own_month_with_what_to_do_next(string viewport)
    {
        var size = Viewport.Named(viewport);
        await using var context = await browser.NewContextAsync(size);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.west3");

        await page.GotoAsync("/Quotas");
        await page.WaitForURLAsync(new Regex(@"/Quotas/Person/\d+"));
        await Expect(page.GetByTestId("rule-card")).ToHaveCountAsync(4);
        await Expect(page.GetByTestId("next-steps")).ToBeVisibleAsync();
        await FitsTheWidthAsync(page, size);
        await Screenshots.SaveAsync(page, $"quotas-own-{viewport}");

        await page.OpenMenuIfCollapsedAsync();
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.GetByTestId("next-steps")).ToContainTextAsync("下一步");
        await Screenshots.SaveAsync(page, $"quotas-own-{viewport}-zh");
    }

    [Fact]
    public async Task A_market_manager_reads_their_own_outings_and_district_hq_visits()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.north");

        await page.GetByTestId("tiles").GetByRole(AriaRole.Link, new() { Name = "Open quota gaps this month" }).ClickAsync();
        await Expect(page.GetByTestId("rule-card")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-testid=rule-card][data-rule=Outings]")).ToContainTextAsync("≥ 4 outings of ≥ 10 stores");
        await Expect(page.Locator("[data-testid=rule-card][data-rule=DistrictHqVisits]")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "quotas-own-market-manager");
    }

    [Fact]
    public async Task A_month_outside_the_data_says_so_instead_of_showing_figures()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("approver");

        await page.GotoAsync("/Quotas?month=2023-12");
        await Expect(page.GetByTestId("month-problem")).ToHaveTextAsync("No quota data before January 2024.");
        await Expect(page.GetByTestId("quota-row")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "quotas-month-before-data");
    }

    [Fact]
    public async Task The_administrator_sees_every_district_and_the_rule_form_refuses_nonsense()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("admin");

        await page.GotoAsync("/Quotas");
        await Expect(page.GetByTestId("quota-district")).ToHaveCountAsync(3);
        await Screenshots.SaveAsync(page, "quotas-matrix-all-districts");

        await page.GetByTestId("quotas-sections").GetByRole(AriaRole.Link, new() { Name = "Quota rules" }).ClickAsync();
        await Expect(page.GetByTestId("rule-in-force")).ToHaveCountAsync(6);
        await Expect(page.Locator("#Input_StoresPerOuting")).ToBeVisibleAsync();
        await page.Locator("#Input_Rule").SelectOptionAsync("AccountHqVisits");
        // The form starts from the version in force; stores per outing is only asked for outings.
        await Expect(page.Locator("#Input_Required")).ToHaveValueAsync("2");
        await Expect(page.Locator("#Input_StoresPerOuting")).ToBeHiddenAsync();
        await page.Locator("#Input_Required").FillAsync("-3");
        await page.GetByTestId("save-rule").ClickAsync();
        await Expect(page.GetByTestId("rule-form")).ToContainTextAsync("Enter a number from 0 to 31.");
        await Expect(page.Locator("#Input_Required")).ToHaveValueAsync("-3");
        await Screenshots.SaveAsync(page, "quota-rules-refused");
        await using var db = browser.CreateDbContext();
        (await db.QuotaRules.CountAsync()).ShouldBe(6);
    }

    private async Task<int> PeopleOfEastAsync()
    {
        await using var db = browser.CreateDbContext();
        var mm = await db.Users.SingleAsync(u => u.UserName == "mm.east");
        var accountManagers = await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == "AccountManager" && u.DistrictId == mm.DistrictId && !u.IsDisabled
            select u.Id).CountAsync();
        return accountManagers + 1;
    }

    private static async Task FitsTheWidthAsync(IPage page, Viewport size) =>
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(size.Width);
}
