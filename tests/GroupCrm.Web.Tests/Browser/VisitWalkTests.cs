using System.Globalization;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// An account manager's fortnight on a phone (390×844): plan the period after next, book an HQ appointment,
/// keep it with an HQ visit and its follow-up, then read a store's prep sheet and record the store visit
/// with its products. Every step is read back from the database; screenshots are kept.
/// </summary>
public sealed class VisitWalkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task Plan_then_appointment_then_HQ_visit_then_store_visit_with_products_on_a_phone()
    {
        var chain = await ChainAsync("am.west2");
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.west2");

        // 1. The plan for the period after next: one store visit, submitted and locked.
        await page.GotoAsync($"/Visits/Plans/Edit?period={PlanCalendar.Format(chain.Period)}");
        await page.GetByTestId("start-plan").ClickAsync();
        await page.Locator("#accountId").SelectOptionAsync(Invariant(chain.Account));
        await page.Locator("#day").SelectOptionAsync(PlanCalendar.Format(chain.Period.AddDays(2)));
        await page.Locator("#pick").SelectOptionAsync($"{chain.Account}:{chain.Store}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to plan" }).ClickAsync();
        await page.GetByTestId("submit-plan").ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("The plan was submitted and is now locked.");
        await Screenshots.SaveAsync(page, "walk-1-plan-phone");

        // 2. An HQ appointment for earlier today (booked after the fact: allowed, though it will not count toward the quota).
        var (today, time) = EarlierToday();
        await page.GotoAsync($"/Visits/Appointments/Book?accountId={chain.Account}");
        await page.Locator("#buyer").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#day").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#time").FillAsync(time);
        await page.Locator("#purpose").FillAsync("Quarterly review <b>Q4</b>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        var appointment = page.GetByTestId("appointment").Filter(new() { HasText = "Quarterly review <b>Q4</b>" });
        await Expect(appointment.GetByTestId("appointment-status")).ToHaveTextAsync("Booked");
        await Screenshots.SaveAsync(page, "walk-2-appointment-phone");

        // 3. The HQ visit that keeps it, with a follow-up.
        await appointment.GetByTestId("record-visit").ClickAsync();
        await page.Locator("#Input_Topics").FillAsync("Christmas listing, shelf space for the new brand");
        await page.Locator("#Input_Requests").FillAsync("希望增加紧俏品配额");
        await page.Locator("#followups-0-text").FillAsync("Send the planogram");
        await page.Locator("#followups-0-dueon").FillAsync(today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Screenshots.SaveAsync(page, "walk-3-hq-visit-form-phone");
        await page.GetByTestId("save-visit").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Visits/\d+$"));
        await Screenshots.SaveAsync(page, "walk-3-hq-visit-phone");

        // 4. The store's prep sheet, then the store visit with two products.
        await page.GotoAsync($"/Visits/Prep?accountId={chain.Account}&storeId={chain.Store}");
        await Screenshots.SaveAsync(page, "walk-4-prep-phone");
        await page.GetByTestId("record-visit").ClickAsync();
        // The form starts from the products the store's last visit checked: keep two, remove the rest.
        var rows = page.GetByTestId("product-row");
        for (var row = await rows.CountAsync() - 1; row >= 2; row--)
            await rows.Nth(row).Locator("[data-remove-row]").ClickAsync();
        await page.Locator("#products-0-productid").SelectOptionAsync(Invariant(chain.Products[0]));
        await page.Locator("label[for=products-0-listed-yes]").ClickAsync();
        await page.Locator("#products-0-shelfprice").FillAsync("48.00");
        await page.Locator("#products-0-stockonhand").FillAsync("24");
        await page.Locator("#products-1-productid").SelectOptionAsync(Invariant(chain.Products[1]));
        await page.Locator("label[for=products-1-listed-no]").ClickAsync();
        await page.Locator("#products-1-stockonhand").FillAsync("0");
        await page.Locator("#Input_CustomerFeedback").FillAsync("Customers ask for the new brand");
        await page.GetByTestId("save-visit").ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/Visits/\d+$"));
        await Expect(page.GetByTestId("product-checks").Locator("tbody tr")).ToHaveCountAsync(2);
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue();
        await Screenshots.SaveAsync(page, "walk-5-store-visit-phone");

        await using var db = browser.CreateDbContext();
        var plan = await db.VisitPlans.Include(p => p.Visits).SingleAsync(p => p.UserId == chain.User && p.PeriodStart == chain.Period);
        (plan.State, plan.Visits.Single().StoreId).ShouldBe((VisitPlanState.Submitted, chain.Store));
        var hq = await db.Visits.Include(v => v.FollowUps).SingleAsync(v => v.AccountId == chain.Account && v.Kind == VisitKind.Hq && v.VisitedOn == today && v.VisitorId == chain.User);
        var booked = await db.HqAppointments.SingleAsync(a => a.Id == hq.AppointmentId);
        booked.Purpose.ShouldBe("Quarterly review <b>Q4</b>");
        hq.FollowUps.Single().Text.ShouldBe("Send the planogram");
        var store = await db.Visits.Include(v => v.ProductChecks).SingleAsync(v => v.StoreId == chain.Store && v.VisitedOn == today && v.VisitorId == chain.User);
        store.ProductChecks.OrderBy(c => c.ProductId).Select(c => (c.Listed, c.StockOnHand)).ShouldBe(
            chain.Products.Order().Select(p => p == chain.Products[0] ? (true, (int?)24) : (false, (int?)0)));
    }

    private sealed record Chain(int User, int Account, int Store, int[] Products, DateOnly Period);

    /// <summary>An active chain of the manager with buyers and an active store, and the period after next, cleared of demo plans.</summary>
    private async Task<Chain> ChainAsync(string manager)
    {
        await using var db = browser.CreateDbContext();
        var user = await db.Users.Where(u => u.UserName == manager).Select(u => u.Id).SingleAsync();
        var account = await db.Accounts
            .Where(a => a.AccountManagerId == user && a.State == AccountState.Active && a.BuyerContacts.Any() && db.Stores.Any(s => s.AccountId == a.Id && s.IsActive))
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        var store = await db.Stores.Where(s => s.AccountId == account && s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var products = await db.Products.Where(p => p.IsActive).OrderBy(p => p.Brand).ThenBy(p => p.Code).Select(p => p.Id).Take(2).ToArrayAsync();
        var period = PlanPeriods.StartOf(EarlierToday().Day).AddDays(2 * PlanPeriods.Days);
        await db.VisitPlans.Where(p => p.UserId == user && p.PeriodStart == period).ExecuteDeleteAsync();
        return new Chain(user, account, store, products, period);
    }

    /// <summary>Today in China and a time a few minutes ago on it (just after midnight: midnight itself).</summary>
    private static (DateOnly Day, string Time) EarlierToday()
    {
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai);
        var earlier = now.TimeOfDay > TimeSpan.FromMinutes(5) ? now.AddMinutes(-3) : new DateTimeOffset(now.Date, now.Offset);
        return (DateOnly.FromDateTime(now.DateTime), earlier.ToString("HH:mm", CultureInfo.InvariantCulture));
    }

    private static string Invariant(int id) => id.ToString(CultureInfo.InvariantCulture);
}
