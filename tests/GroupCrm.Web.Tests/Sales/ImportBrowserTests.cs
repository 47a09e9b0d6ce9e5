using System.Globalization;
using System.Text;
using GroupCrm.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Sales;

/// <summary>
/// The sales import in a real browser, as the marketing centre uses it: a file with errors (listed, nothing
/// written), the corrected file (imported, in the history), and a rollback after the confirmation dialog.
/// </summary>
public sealed class ImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_marketing_centre_corrects_a_file_imports_it_and_rolls_it_back()
    {
        var (licence, codes) = await DemoFactsAsync();
        var month = LastFullMonth();
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("approver");
        await page.GotoAsync("/Sales/Import");

        await UploadAsync(page, "销量-十月.csv", "month,store,product,quantity,amount,store_name",
            $"{month},{licence},{codes[0]},12,360.00,\"华联, 一店\"", $"{month},{licence},NOPE,3,90,", $"{month},{licence},{codes[1]},-1,30,");
        var errors = page.GetByTestId("import-errors");
        await Expect(errors).ToContainTextAsync("销量-十月.csv was not imported: 2 errors. Nothing was written.");
        await Expect(errors.GetByTestId("row-error")).ToHaveCountAsync(2);
        await Expect(errors.GetByTestId("row-error").First).ToContainTextAsync("No product has the code NOPE.");
        await Expect(errors.GetByTestId("row-error").Last).ToContainTextAsync("The quantity cannot be negative.");
        await Screenshots.SaveAsync(page, "sales-import-errors");

        await UploadAsync(page, "销量-十月.csv", "month,store,product,quantity,amount,store_name",
            $"{month},{licence},{codes[0]},12,360.00,\"华联, 一店\"", $"{month},{licence},{codes[2]},3,90,", $"{month},{licence},{codes[1]},1,30,");
        await Expect(page.GetByTestId("status")).ToContainTextAsync("销量-十月.csv imported: 3 rows · months: 1");
        var latest = page.GetByTestId("import-row").First;
        await Expect(latest).ToContainTextAsync("Applied");
        await Screenshots.SaveAsync(page, "sales-import-done");

        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await latest.GetByTestId("rollback").ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("was rolled back");
        await Expect(page.GetByTestId("import-row").First).ToContainTextAsync("Rolled back");
    }

    private static async Task UploadAsync(IPage page, string fileName, params string[] lines)
    {
        await page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = fileName, MimeType = "text/csv", Buffer = [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines))],
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }).ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private async Task<(string Licence, string[] Codes)> DemoFactsAsync()
    {
        await using var db = browser.CreateDbContext();
        var licence = await db.Stores.OrderBy(s => s.Id).Skip(200).Select(s => s.RetailLicenceNumber).FirstAsync();
        var codes = await db.Products.Where(p => p.IsActive).OrderBy(p => p.Id).Take(3).Select(p => p.Code).ToArrayAsync();
        return (licence, codes);
    }

    private static string LastFullMonth()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        return new DateOnly(today.Year, today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
    }
}
