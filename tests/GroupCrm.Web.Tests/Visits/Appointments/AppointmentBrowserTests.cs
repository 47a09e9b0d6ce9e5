using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Visits;
using GroupCrm.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Visits.Appointments;

/// <summary>
/// On a phone-sized screen: an account manager books an HQ appointment (choosing the chain reloads its
/// buyers), finds it on the calendar, reschedules it, and looks at the visit list and the follow-ups.
/// Screenshots of each page are kept.
/// </summary>
public sealed class AppointmentBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_account_manager_books_and_reschedules_an_appointment_on_a_phone()
    {
        var (account, name) = await ChainAsync("am.east1");
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east1");
        var day = AppointmentPages.Today.AddDays(2);

        await page.GotoAsync("/Visits/Appointments/Book");
        await page.Locator("#accountId").SelectOptionAsync(account.ToString());
        await page.WaitForURLAsync($"**/Visits/Appointments/Book?accountId={account}");
        await page.Locator("#buyer").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#day").FillAsync(AppointmentPages.Iso(day));
        await page.Locator("#time").FillAsync("15:30");
        await page.Locator("#purpose").FillAsync("新品推介与季度回顾");
        await Screenshots.SaveAsync(page, "appointment-book-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();

        await Expect(page.GetByTestId("status")).ToContainTextAsync(name);
        var entry = page.GetByTestId("appointment").Filter(new() { HasText = "新品推介与季度回顾" });
        await Expect(entry).ToContainTextAsync("15:30");
        await Expect(entry.GetByTestId("appointment-status")).ToHaveTextAsync("Booked");
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        await Screenshots.SaveAsync(page, "appointment-calendar-phone");

        await entry.GetByTestId("edit-appointment").ClickAsync();
        await page.Locator("#time").FillAsync("16:00");
        await Screenshots.SaveAsync(page, "appointment-edit-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("16:00");
        await Expect(page.GetByTestId("appointment").Filter(new() { HasText = "新品推介与季度回顾" })).ToContainTextAsync("16:00");

        await using var db = browser.CreateDbContext();
        var saved = await db.HqAppointments.SingleAsync(a => a.AccountId == account && a.Purpose == "新品推介与季度回顾");
        (saved.StartsAt, saved.State).ShouldBe((AppointmentPages.Local(day, 16), AppointmentState.Booked));
    }

    [Fact]
    public async Task The_visit_list_and_follow_ups_fit_a_phone()
    {
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");

        await page.GotoAsync("/Visits?Scope=district");
        await Expect(page.GetByTestId("visit-filter")).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        await Screenshots.SaveAsync(page, "visit-list-phone");

        await page.GotoAsync("/Visits/FollowUps");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Follow-ups", Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "follow-ups-phone");
    }

    private async Task<(int Id, string Name)> ChainAsync(string manager)
    {
        await using var db = browser.CreateDbContext();
        var id = await db.Users.Where(u => u.UserName == manager).Select(u => u.Id).SingleAsync();
        var chain = await db.Accounts.Where(a => a.AccountManagerId == id && a.State == AccountState.Active && a.BuyerContacts.Any())
            .OrderBy(a => a.Id).Select(a => new { a.Id, a.Name }).FirstAsync();
        return (chain.Id, chain.Name);
    }
}
