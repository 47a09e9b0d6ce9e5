using GroupCrm.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Letters.Bulletins;

/// <summary>
/// A market manager writes this month's bulletin in a real browser: from the list, through a preview, to the
/// bulletin as readers see it. The page obeys its content security policy (no violation is reported).
/// </summary>
public sealed class BulletinBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task The_market_manager_writes_previews_and_saves_this_months_bulletin(string viewport)
    {
        var user = viewport == "phone" ? "mm.north" : "mm.west";
        await using var context = await browser.NewContextAsync(Viewport.Named(viewport));
        var page = await context.NewPageAsync();
        var policyViolations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) policyViolations.Add(message.Text);
        };
        await page.SignInAsync(user);

        await page.GotoAsync("/Bulletins");
        await Expect(page.GetByTestId("bulletin-row")).ToHaveCountAsync(3);
        await Screenshots.SaveAsync(page, $"bulletins-list-{viewport}");
        await page.GetByTestId($"write-{BulletinPages.Month(BulletinPages.ThisMonth)}").ClickAsync();
        await Expect(page.GetByTestId("bulletin-new")).ToBeVisibleAsync();

        await page.GetByLabel("Market situation").FillAsync("本月市场**整体平稳**。\n\n- 核心城区客流回升\n- 郊县门店走货偏慢\n\n<script>alert(1)</script>");
        await page.GetByLabel("Brand trends").FillAsync("| 品牌 | 走势 |\n|:--|--:|\n| 瑞鹤 | 增长 |\n| 星河 | 下滑 |");
        await page.GetByLabel("Product news").FillAsync("[新品通知](https://example.com/news) 与 [危险链接](javascript:alert(1))");
        await page.GetByTestId("preview-bulletin").ClickAsync();
        var preview = page.GetByTestId("bulletin-preview");
        await Expect(preview.Locator("strong")).ToHaveTextAsync("整体平稳");
        await Expect(preview.Locator("li")).ToHaveCountAsync(2);
        await Expect(preview.Locator("table td").First).ToHaveTextAsync("瑞鹤");
        await Expect(preview).ToContainTextAsync("<script>alert(1)</script>");
        await Screenshots.SaveAsync(page, $"bulletin-edit-preview-{viewport}");

        await page.GetByTestId("save-bulletin").ClickAsync();
        await page.WaitForURLAsync("**/Bulletins/View?*");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("The bulletin was saved.");
        var bulletin = page.GetByTestId("bulletin");
        await Expect(bulletin.Locator("strong")).ToHaveTextAsync("整体平稳");
        await Expect(bulletin.Locator("a")).ToHaveCountAsync(1);
        await Expect(bulletin.Locator("a")).ToHaveAttributeAsync("href", "https://example.com/news");
        await Expect(bulletin.Locator("a")).ToHaveAttributeAsync("rel", "nofollow noopener noreferrer");
        await Expect(bulletin).ToContainTextAsync("危险链接");
        await Expect(bulletin.Locator("script")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, $"bulletin-view-{viewport}");

        policyViolations.ShouldBeEmpty();
    }
}
