using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Plans;
using GroupCrm.Web.Tests.Browser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Visits.Plans;

/// <summary>
/// Drafting a plan on a phone: open the next period, start the plan, pick an account and add a store, add another
/// from the "not yet visited" helper, submit. The page must fit the phone's width; screenshots are kept.
/// </summary>
public sealed class PlanBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_account_manager_drafts_and_submits_a_plan_on_a_phone()
    {
        var (period, user, account) = await PrepareAsync("am.east2");
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east2");

        await page.GotoAsync("/Visits/Plans");
        await Expect(page.GetByTestId("visits-sections")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "visit-plans-list-phone");
        await page.Locator($"tr[data-period='{PlanCalendar.Format(period)}']").GetByTestId("open-period").ClickAsync();
        await page.GetByTestId("start-plan").ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("A draft plan was started");

        await page.Locator("#accountId").SelectOptionAsync($"{account}"); // the page reloads with the account's stores
        await Expect(page.GetByTestId("add-form")).ToBeVisibleAsync();
        await page.Locator("#day").SelectOptionAsync(PlanCalendar.Format(period.AddDays(1)));
        await page.Locator("#pick").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to plan" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("The visit was added to the plan.");
        await page.Locator("#helperDay").SelectOptionAsync(PlanCalendar.Format(period.AddDays(2)));
        await page.GetByTestId("not-visited-store").First.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByTestId("planned-visit")).ToHaveCountAsync(2);
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(Viewport.Phone.Width);
        await Screenshots.SaveAsync(page, "visit-plan-draft-phone");

        await page.GetByTestId("submit-plan").ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("The plan was submitted and is now locked.");
        await Expect(page.GetByTestId("revise-plan")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "visit-plan-submitted-phone");
        await using var db = browser.CreateDbContext();
        var plan = await db.VisitPlans.Include(p => p.Visits).SingleAsync(p => p.PeriodStart == period && p.UserId == user);
        (plan.State, plan.Visits.Count).ShouldBe((VisitPlanState.Submitted, 2));
    }

    [Fact]
    public async Task The_market_manager_reads_plan_against_actual_of_the_current_period_in_Chinese()
    {
        await using var db = browser.CreateDbContext();
        var owner = await db.Users.Where(u => u.UserName == "am.east1").Select(u => u.Id).SingleAsync();
        var today = new OrganisationCalendar(TimeProvider.System, new ConfigurationBuilder().Build()).Today;
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("mm.east");

        await page.GotoAsync($"/Visits/Plans?userId={owner}");
        await page.Locator($"tr[data-period='{PlanCalendar.Format(PlanPeriods.StartOf(today))}']").GetByTestId("open-period").ClickAsync();
        await Expect(page.GetByTestId("plan-actual")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("plan-day")).ToHaveCountAsync(PlanPeriods.Days);
        await Expect(page.GetByTestId("submit-plan")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "visit-plan-actual");

        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Expect(page.GetByTestId("plan-actual")).ToContainTextAsync("计划与实际");
        await Screenshots.SaveAsync(page, "visit-plan-actual-zh");
    }

    /// <summary>The period after next (cleared of any demo plan), the person, and an active account of theirs with active stores.</summary>
    private async Task<(DateOnly Period, int User, int Account)> PrepareAsync(string userName)
    {
        await using var db = browser.CreateDbContext();
        var user = await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
        // The app runs on the real clock and the default time zone: its "today" is this one.
        var today = new OrganisationCalendar(TimeProvider.System, new ConfigurationBuilder().Build()).Today;
        var period = PlanCalendar.NextStart(today).AddDays(PlanPeriods.Days);
        await db.VisitPlans.Where(p => p.UserId == user && p.PeriodStart == period).ExecuteDeleteAsync();
        var account = await db.Accounts.Where(a => a.AccountManagerId == user && a.State == AccountState.Active && a.Stores.Count(s => s.IsActive) >= 2)
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        return (period, user, account);
    }
}
