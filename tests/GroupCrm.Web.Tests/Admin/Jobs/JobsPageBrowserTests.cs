using GroupCrm.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Admin.Jobs;

/// <summary>
/// The jobs page in a real browser, on a desktop and on a phone: the administrator drafts the letters of the
/// previous month with "run now" and sees the run succeed. The page must fit the phone's width; screenshots are kept.
/// </summary>
public sealed class JobsPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Viewports => [Viewport.Desktop.Name, Viewport.Phone.Name];

    [Theory]
    [MemberData(nameof(Viewports))]
    public async Task The_administrator_drafts_the_letters_now_and_sees_the_run_succeed(string viewport)
    {
        var size = Viewport.Named(viewport);
        await using var context = await browser.NewContextAsync(size);
        var page = await context.NewPageAsync();
        await page.SignInAsync("admin");

        await page.GotoAsync("/Admin/Jobs");
        var latest = page.GetByTestId("run-row").First;
        var before = await latest.CountAsync() == 0 ? null : await latest.GetAttributeAsync("data-run-id");
        var drafting = page.Locator("[data-testid=job-row][data-job=LetterDrafting]");
        await Expect(drafting.GetByTestId("run-month")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}-\d{2}$"));
        await drafting.GetByTestId("run-now").ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Started. Refresh in a moment to see the outcome.");

        // The scheduler runs it in the background: refresh until the new run is listed as done.
        for (var i = 0; i < 60 && !await NewRunDoneAsync(latest, before); i++)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await Expect(latest.GetByTestId("run-status")).ToHaveTextAsync("Succeeded");
        await Expect(latest).ToContainTextAsync("LetterDrafting");
        await Expect(latest.GetByTestId("run-started-by")).ToHaveTextAsync("admin");
        await Expect(drafting.GetByTestId("last-status")).ToHaveTextAsync("Succeeded");
        await Expect(page.GetByTestId("outbox-counts")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, $"jobs-{viewport}");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(size.Width);

        await page.OpenMenuIfCollapsedAsync();
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("后台任务");
        await Screenshots.SaveAsync(page, $"jobs-{viewport}-zh");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(size.Width);
    }

    private static async Task<bool> NewRunDoneAsync(ILocator latest, string? before) =>
        await latest.CountAsync() > 0 && await latest.GetAttributeAsync("data-run-id") != before
        && await latest.GetByTestId("run-status").InnerTextAsync() is not "Running";
}
