using GroupCrm.Core.Onboarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// Sales analytics in a real browser: an account manager opens an active chain's page and /Sales, the East
/// market manager the district view; the server-drawn SVG charts are on the pages and screenshots are kept.
/// </summary>
public sealed class SalesAnalyticsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_account_manager_sees_the_sales_of_an_active_chain_and_their_accounts()
    {
        var id = await ActiveChainWithSalesAsync("am.east1");
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east1");

        await page.GotoAsync($"/Accounts/{id}");
        var sales = page.GetByTestId("account-sales");
        await ExpectChartAsync(sales, bars: 24);
        await Expect(sales.GetByTestId("sales-quantity")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^[\d,]+$"));
        await Expect(sales.GetByTestId("vs-previous")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^(?:[▲▼] )?(?:[+−]?[\d,]+\.\d %|–)"));
        await Expect(sales.GetByTestId("sales-brand").First).ToBeVisibleAsync();
        await Expect(sales.GetByTestId("best-stores").GetByTestId("sales-store")).ToHaveCountAsync(5);
        await Screenshots.SaveAsync(page, "account-analytics");

        await page.GotoAsync("/Sales");
        await Expect(page.GetByTestId("sales-account").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sales-scope")).ToHaveTextAsync("Your accounts");
        await page.GetByTestId("sales-account").First.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/Accounts/*?month=*#sales");
        await ExpectChartAsync(page.GetByTestId("account-sales"), bars: 24);
    }

    [Fact]
    public async Task The_chart_scales_down_on_a_phone()
    {
        var id = await ActiveChainWithSalesAsync("am.east1");
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east1");

        await page.GotoAsync($"/Accounts/{id}#sales");
        var chart = page.GetByTestId("account-sales").Locator("svg");
        await ExpectChartAsync(page.GetByTestId("account-sales"), bars: 24);
        var box = (await chart.BoundingBoxAsync()).ShouldNotBeNull();
        box.Width.ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        // The coordinate box keeps its proportions (640 × 260) at any width.
        ((double)box.Height / box.Width).ShouldBe(260.0 / 640, 0.02);
        await chart.ScrollIntoViewIfNeededAsync();
        await Screenshots.SaveAsync(page, "account-analytics-phone");
    }

    [Fact]
    public async Task The_market_manager_sees_the_district_with_its_trend_and_brand_trends()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");

        await page.GotoAsync("/Sales");
        await Expect(page.GetByTestId("sales-scope")).ToHaveTextAsync("District East");
        var chart = page.GetByTestId("trend-chart").Locator("svg");
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.Locator("polyline")).ToHaveCountAsync(1);
        await Expect(chart.Locator("circle")).ToHaveCountAsync(24);
        await Expect(page.GetByTestId("district-brand").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("brand-direction").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Growing|Declining|Steady|New)$"));
        await Expect(page.GetByTestId("sales-total")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "sales-district");

        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.GetByTestId("sales-scope")).ToContainTextAsync("东区");
        await Screenshots.SaveAsync(page, "sales-district-zh");
        await page.GotoAsync("/Accounts?State=Active");
        await page.GetByTestId("account-row").First.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByTestId("account-name")).ToContainTextAsync("正常运营");
        await Screenshots.SaveAsync(page, "account-detail-zh");
    }

    private static async Task ExpectChartAsync(ILocator scope, int bars)
    {
        var svg = scope.Locator("svg[role=img]");
        await Expect(svg).ToBeVisibleAsync();
        await Expect(svg.Locator("title").First).ToHaveTextAsync("Quantity sold per month");
        await Expect(svg.Locator("desc")).ToHaveCountAsync(1);
        await Expect(svg.Locator("rect.chart-bar")).ToHaveCountAsync(bars);
    }

    private async Task<int> ActiveChainWithSalesAsync(string manager)
    {
        await using var db = browser.CreateDbContext();
        var id = await db.Users.Where(u => u.UserName == manager).Select(u => u.Id).SingleAsync();
        // The chain with the most active stores, so both store lists are full.
        return await db.Accounts.Where(a => a.AccountManagerId == id && a.State == AccountState.Active)
            .OrderByDescending(a => a.Stores.Count(s => s.IsActive)).ThenBy(a => a.Id).Select(a => a.Id).FirstAsync();
    }
}
