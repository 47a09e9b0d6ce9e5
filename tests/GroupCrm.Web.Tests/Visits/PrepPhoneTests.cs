using GroupCrm.Core.Visits;
using GroupCrm.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Visits;

/// <summary>The prep sheet on a phone (390 × 844): one column of cards, nothing wider than the screen, the record button in reach.</summary>
public sealed class PrepPhoneTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_store_prep_sheet_fits_a_phone_screen_and_leads_to_the_visit_form()
    {
        await using var db = browser.CreateDbContext();
        var manager = await db.Users.Where(u => u.UserName == "am.east1").Select(u => u.Id).SingleAsync();
        var visit = await db.Visits.Where(v => v.VisitorId == manager && v.Kind == VisitKind.Store && v.ProductChecks.Any())
            .OrderBy(v => v.AccountId).ThenBy(v => v.StoreId).Select(v => new { v.AccountId, v.StoreId }).FirstAsync();
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east1");

        await page.GotoAsync($"/Visits/Prep?accountId={visit.AccountId}&storeId={visit.StoreId}");

        await Expect(page.GetByTestId("prep-shelf-product").First).ToBeVisibleAsync();
        await Expect(page.GetByTestId("prep-allocation")).ToBeVisibleAsync();
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        width.ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        // Stacked: each card starts below the one before it.
        var last = await page.GetByTestId("prep-last-visits").BoundingBoxAsync();
        var followUps = await page.GetByTestId("prep-follow-ups").BoundingBoxAsync();
        followUps!.Y.ShouldBeGreaterThan(last!.Y + last.Height - 1);
        await Screenshots.SaveAsync(page, "visit-prep-phone");

        await page.GetByTestId("record-visit").ClickAsync();
        await page.WaitForURLAsync($"**/Visits/New?accountId={visit.AccountId}&storeId={visit.StoreId}&kind=Store");
    }
}
