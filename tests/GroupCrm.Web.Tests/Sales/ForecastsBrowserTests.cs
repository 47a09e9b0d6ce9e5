using GroupCrm.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Sales;

/// <summary>Targets and forecasts in a real browser: a market manager sets a target; an account manager enters next month's forecast and reads the scores.</summary>
public sealed class ForecastsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_market_manager_sets_a_months_total_target()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");

        await page.GotoAsync("/Sales/Targets");
        var form = page.GetByTestId("set-total").First;
        await form.Locator("input[name=quantity]").FillAsync("2468");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(page.GetByTestId("status")).ToContainTextAsync("2,468");
        await Screenshots.SaveAsync(page, "sales-targets");

        // The first account of the district has product targets for the open months in the demo data.
        await page.GetByTestId("target-row").First.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page.GetByTestId("product-target").First).ToBeVisibleAsync();
        await page.GetByTestId("add-product-target").Locator("input[name=quantity]").FillAsync("75");
        await page.GetByTestId("add-product-target").GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("75");
        await Expect(page.GetByTestId("product-target")).ToHaveCountAsync(6);
        await Screenshots.SaveAsync(page, "sales-targets-account");
    }

    [Fact]
    public async Task An_account_manager_enters_next_months_forecast_and_reads_the_accuracy()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east1");

        await page.GotoAsync("/Sales/Forecasts");
        await Expect(page.GetByTestId("accuracy-definition")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("accuracy-accounts").GetByTestId("accuracy-row").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "sales-forecasts");

        var row = page.GetByTestId("forecast-account").First;
        await row.GetByTestId("enter-forecast").ClickAsync();
        await Expect(page.GetByTestId("forecast-line").First).ToBeVisibleAsync();
        await page.GetByTestId("forecast-line").First.Locator("input[name$='.Quantity']").FillAsync("321");
        await Screenshots.SaveAsync(page, "sales-forecast-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save forecast" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("was saved");

        await page.GetByTestId("accuracy-accounts").GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByTestId("accuracy-lines")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "sales-forecast-accuracy");
    }
}
