using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Allocations;

/// <summary>
/// The round pages in a browser: a market manager fills the form, reads the preview with every line's explanation,
/// overrides a line and submits; the approver reads it and approves. On a phone, in Chinese, the preview must fit
/// the screen. Screenshots of each are kept for people to judge.
/// </summary>
public sealed class RoundBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_market_manager_previews_overrides_and_submits_and_the_approver_approves()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");

        var roundId = await CreateThroughTheFormAsync(page, productIndex: 0, reserve: "35", minimum: "2", maximum: "60");
        await Expect(page.GetByTestId("round-line").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("line-why").First).ToContainTextAsync("packs");
        await Screenshots.SaveAsync(page, "allocation-round-preview-desktop");

        var line = page.GetByTestId("round-line").Nth(1);
        var final = long.Parse((await line.GetByTestId("final-packs").InnerTextAsync()).Split('\n')[0].Replace(",", "").Trim());
        await line.GetByTestId("line-change").Locator("summary").ClickAsync();
        await line.Locator("input[name='Line.Packs']").FillAsync((final + 3).ToString());
        await line.Locator("textarea[name='Line.Reason']").FillAsync("New store opening on the 5th: needs stock for its launch display.");
        await line.GetByTestId("override-line").ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("The override was saved");
        await Expect(page.GetByTestId("overridden-badge")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("overrides-note")).ToBeVisibleAsync();
        await page.GetByTestId("round-line").Nth(1).GetByTestId("line-stores").Locator("summary").ClickAsync();
        await Screenshots.SaveAsync(page, "allocation-round-override-desktop");
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.GetByTestId("overrides-note")).ToContainTextAsync("人工调整固定了");
        await Expect(page.GetByTestId("round-line").Nth(1).GetByTestId("line-why")).ToContainTextAsync("理由：New store opening");
        await Screenshots.SaveAsync(page, "allocation-round-override-desktop-zh");

        await page.GetByTestId("submit-round").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByTestId("submitted-note")).ToBeVisibleAsync();

        await using var approverContext = await browser.NewContextAsync(Viewport.Desktop);
        var approver = await approverContext.NewPageAsync();
        await approver.SignInAsync("approver");
        await approver.GotoAsync($"/Allocations/{roundId}");
        await Expect(approver.GetByTestId("approve-round")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(approver, "allocation-round-submitted-approver");
        await approver.GetByTestId("approve-round").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(approver.GetByTestId("approved-note")).ToBeVisibleAsync();
        await Expect(approver.GetByTestId("round-tracking")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(approver, "allocation-round-approved-desktop");

        await using var db = browser.CreateDbContext();
        var round = await db.AllocationRounds.AsNoTracking().SingleAsync(r => r.Id == roundId);
        round.State.ShouldBe(RoundState.Approved);
        (await db.AllocationNotices.CountAsync(n => n.RoundId == roundId && n.StoreId == null))
            .ShouldBe(await db.RoundLines.CountAsync(l => l.RoundId == roundId));
    }

    [Fact]
    public async Task On_a_phone_in_Chinese_the_preview_fits_the_screen_and_explains_each_line()
    {
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");
        await page.OpenMenuIfCollapsedAsync();
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");

        await CreateThroughTheFormAsync(page, productIndex: 1, reserve: "0", minimum: "", maximum: "40", basis: "PlannedVolume");
        await Expect(page.GetByTestId("line-why").First).ToContainTextAsync("件");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        await page.GetByTestId("round-line").First.GetByTestId("line-stores").Locator("summary").ClickAsync();
        await page.GetByTestId("round-line").First.GetByTestId("line-change").Locator("summary").ClickAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        await Screenshots.SaveAsync(page, "allocation-round-preview-phone-zh");

        var preview = page.Url;
        await page.GotoAsync("/Allocations");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        await Screenshots.SaveAsync(page, "allocation-rounds-phone-zh");

        await page.OpenMenuIfCollapsedAsync();
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await page.GotoAsync(preview);
        await Expect(page.GetByTestId("line-why").First).ToContainTextAsync("Result:");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        await Screenshots.SaveAsync(page, "allocation-round-preview-phone");
    }

    [Fact]
    public async Task An_account_manager_reads_their_own_lines_and_notices_of_an_approved_round_on_a_phone()
    {
        await using var db = browser.CreateDbContext();
        var manager = await db.Users.Where(u => u.UserName == "am.east1").Select(u => u.Id).SingleAsync();
        var mine = db.Accounts.Where(a => a.AccountManagerId == manager).Select(a => a.Id);
        var round = await db.AllocationRounds.Where(r => r.State == RoundState.Approved && r.Lines.Any(l => mine.Contains(l.AccountId)))
            .OrderByDescending(r => r.Month).Select(r => new { r.Id, Own = r.Lines.Count(l => mine.Contains(l.AccountId)) }).FirstAsync();
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east1");

        await page.GotoAsync($"/Allocations/{round.Id}");

        await Expect(page.GetByTestId("partial-note")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("round-line")).ToHaveCountAsync(round.Own);
        await Expect(page.GetByTestId("hq-notice")).ToHaveCountAsync(round.Own);
        await Expect(page.GetByTestId("round-actions")).ToHaveCountAsync(0);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        await Screenshots.SaveAsync(page, "allocation-round-account-manager-phone");
    }

    /// <summary>Fills the new-round form as a person does and returns the id of the round it lands on.</summary>
    private static async Task<int> CreateThroughTheFormAsync(IPage page, int productIndex, string reserve, string minimum, string maximum, string basis = "RecentSales")
    {
        await page.GotoAsync("/Allocations/New");
        await page.Locator("#product").SelectOptionAsync(new SelectOptionValue { Index = productIndex + 1 });
        await page.Locator("#Input_AvailableUnits").FillAsync("4,800");
        await page.Locator("#Input_PackSize").FillAsync("10");
        await page.Locator("#Input_ReserveUnits").FillAsync(reserve);
        await page.Locator($"#basis-{basis}").CheckAsync();
        await page.Locator("#Input_MinimumPacks").FillAsync(minimum);
        await page.Locator("#Input_MaximumPacks").FillAsync(maximum);
        await page.GetByTestId("round-form").Locator("div.card-body").First.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, $"allocation-round-form-{productIndex}.png") });
        await page.GetByTestId("create-round").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Allocations/\d+$"));
        await Expect(page.GetByTestId("status")).ToBeVisibleAsync();
        return int.Parse(new Uri(page.Url).AbsolutePath.Split('/').Last());
    }
}
