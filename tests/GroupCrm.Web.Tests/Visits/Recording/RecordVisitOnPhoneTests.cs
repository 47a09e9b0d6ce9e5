using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Visits.Recording;

/// <summary>
/// A store visit recorded on a phone-sized screen (390×844): the account chooser reloads by itself, a product
/// block is added by the page's script, a photo goes with it, and nothing needs sideways scrolling.
/// </summary>
public sealed class RecordVisitOnPhoneTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_account_manager_records_a_store_visit_with_products_and_a_photo_on_a_phone()
    {
        await using var db = browser.CreateDbContext();
        var manager = await db.Users.Where(u => u.UserName == "am.east1").Select(u => u.Id).SingleAsync();
        var account = await db.Accounts.Where(a => a.AccountManagerId == manager && a.State == AccountState.Active && db.Stores.Any(s => s.AccountId == a.Id && s.IsActive))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var store = await db.Stores.Where(s => s.AccountId == account && s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var products = await db.Products.Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).Take(6).ToListAsync();
        var before = await db.Visits.CountAsync();

        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east1");
        await page.GotoAsync("/Visits/New");
        await page.Locator("#accountId").SelectOptionAsync(account.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.WaitForURLAsync($"**/Visits/New?kind=Store&accountId={account}");
        await Expect(page.GetByTestId("visit-form")).ToBeVisibleAsync();
        await NoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "visit-form-phone");

        await page.Locator("#Input_StoreId").SelectOptionAsync(store.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await FillBlockAsync(page, 0, products[0], "true", "12", "45.5", "30");
        await page.Locator("[data-add-row=products]").ClickAsync();
        await Expect(page.GetByTestId("product-row")).ToHaveCountAsync(6);
        await FillBlockAsync(page, 5, products[5], "false", "", "", "0");
        await page.Locator("#Input_Problems").FillAsync("价签缺失");
        await page.Locator("#Input_NoticeHandedOver").CheckAsync();
        await page.Locator("#Input_NoticeAcknowledgedBy").FillAsync("王店长");
        await page.Locator("#Input_Photo").SetInputFilesAsync(new FilePayload { Name = "shelf.png", MimeType = "image/png", Buffer = SampleFiles.Png() });
        await page.GetByTestId("save-visit").ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Visits/\d+$"));
        await Expect(page.GetByTestId("status")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("product-checks").Locator("tbody tr")).ToHaveCountAsync(2);
        await NoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "visit-details-phone");
        (await db.Visits.CountAsync()).ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_market_manager_spot_checks_a_store_on_a_phone_and_sees_the_differences_in_words()
    {
        await using var db = browser.CreateDbContext();
        var manager = await db.Users.Where(u => u.UserName == "am.east2").Select(u => u.Id).SingleAsync();
        var account = await db.Accounts.Where(a => a.AccountManagerId == manager && a.State == AccountState.Active && db.Stores.Any(s => s.AccountId == a.Id && s.IsActive))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var store = await db.Stores.Where(s => s.AccountId == account && s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var products = await db.Products.Where(p => p.IsActive).OrderBy(p => p.Brand).ThenBy(p => p.Code).Select(p => p.Id).Take(2).ToListAsync();
        var at = DateTimeOffset.UtcNow.AddHours(-3);
        db.Visits.Add(new GroupCrm.Core.Visits.Visit
        {
            Kind = GroupCrm.Core.Visits.VisitKind.Store, AccountId = account, StoreId = store, VisitorId = manager, VisitedAt = at, RecordedAt = at,
            VisitedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime),
            ProductChecks =
            [
                new() { ProductId = products[0], Listed = true, ShelfPrice = 45.5m, StockOnHand = 30 },
                new() { ProductId = products[1], Listed = true, ShelfPrice = 20m, StockOnHand = 12 },
            ],
        });
        await db.SaveChangesAsync();

        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");
        await page.GotoAsync($"/Visits/New?accountId={account}&kind=Hq");
        await Expect(page.GetByTestId("visit-form")).ToBeVisibleAsync();
        await NoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "visit-form-hq-phone");

        // Opened for the store, the form starts from the products its last visit checked.
        await page.GotoAsync($"/Visits/New?accountId={account}&storeId={store}");
        await Expect(page.Locator("#products-0-productid")).ToHaveValueAsync(products[0].ToString(System.Globalization.CultureInfo.InvariantCulture));
        await FillBlockAsync(page, 0, products[0], "true", "", "45.50", "30");
        await FillBlockAsync(page, 1, products[1], "false", "", "", "12");
        await page.Locator("#Input_SpotCheck").CheckAsync();
        await page.GetByTestId("save-visit").ClickAsync();

        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Visits/\d+$"));
        await Expect(page.GetByTestId("spot-check-score")).ToContainTextAsync("4 of 5 fields matched");
        await Expect(page.Locator("[data-outcome=Differs]")).ToHaveCountAsync(1);
        await NoSidewaysScrollAsync(page);
        await Screenshots.SaveAsync(page, "visit-spot-check-phone");
    }

    private static async Task FillBlockAsync(IPage page, int row, int product, string listed, string sold, string price, string stock)
    {
        await page.Locator($"#products-{row}-productid").SelectOptionAsync(product.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"label[for=products-{row}-listed-{(listed == "true" ? "yes" : "no")}]").ClickAsync();
        await page.Locator($"#products-{row}-sellthrough").FillAsync(sold);
        await page.Locator($"#products-{row}-shelfprice").FillAsync(price);
        await page.Locator($"#products-{row}-stockonhand").FillAsync(stock);
    }

    private static async Task NoSidewaysScrollAsync(IPage page) =>
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue();
}
