using System.Globalization;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Scheduling;
using GroupCrm.Core.Tests.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// A month's letters from drafting to the buyer's inbox, in a real browser with mail going to a real SMTP server:
/// the administrator drafts a month that has no letters yet from the jobs page; the account manager opens the
/// list, reads a letter, writes a personal note and approves it; the outbox delivers it; the letter page says Sent.
/// Screenshots of the jobs page, the list (desktop and phone) and the letter (English and Chinese UI) are kept.
/// </summary>
public sealed class LetterWalkTests(AllocationWalkTests.MailingApp app) : IClassFixture<AllocationWalkTests.MailingApp>
{
    private const string Manager = "am.east1";
    private const string Note = "Thank you for a strong month — let us talk about the new launches at our next visit.";

    [Fact]
    public async Task A_month_is_drafted_from_the_jobs_page_reviewed_approved_and_delivered()
    {
        var month = await MonthWithoutLettersAsync();
        await AdministratorDraftsTheMonthAsync(month);
        var letterId = await ManagerReviewsAndApprovesAsync(month);
        var mail = await DeliveredMailAsync(letterId);
        await ManagerSeesItSentAsync(letterId);

        await using var db = app.CreateDbContext();
        var letter = await db.SalesLetters.AsNoTracking().SingleAsync(l => l.Id == letterId);
        (letter.State, letter.PersonalNote).ShouldBe((LetterState.Approved, Note));
        var buyers = await db.BuyerContacts.Where(c => c.AccountId == letter.AccountId).Select(c => c.Email).ToListAsync();
        mail.To.Select(t => t.Address).ShouldBe(buyers, ignoreOrder: true);
        mail.Cc.ShouldHaveSingleItem().Address.ShouldBe($"{Manager}@groupcrm.example");
        mail.Parts.Select(p => p.Type).ShouldBe(["text/plain", "text/html"]);
        mail.Part("text/plain").Text.ShouldContain(Note);
        mail.Subject.ShouldBe(letter.Subject);
    }

    [Fact]
    public async Task A_letter_to_a_bad_address_is_held_and_its_page_on_a_phone_says_why_and_how_to_fix_it()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var month = LetterMonths.Previous(today);
        int letterId, accountId;
        await using (var db = app.CreateDbContext())
        {
            var managerId = await db.Users.Where(u => u.UserName == "am.east2").Select(u => u.Id).SingleAsync();
            var letter = await db.SalesLetters
                .Where(l => l.Month == month && l.State == LetterState.Draft && db.BuyerContacts.Any(c => c.AccountId == l.AccountId)
                            && db.Accounts.Any(a => a.Id == l.AccountId && a.AccountManagerId == managerId))
                .OrderBy(l => l.Id).Select(l => new { l.Id, l.AccountId }).FirstAsync();
            (letterId, accountId) = (letter.Id, letter.AccountId);
            var first = await db.BuyerContacts.Where(c => c.AccountId == accountId).MinAsync(c => c.Id);
            await db.BuyerContacts.Where(c => c.Id == first).ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, "purchasing at chain"));
        }

        await using var context = await app.NewContextAsync(Viewport.Phone);
        var page = await context.NewPageAsync();
        await page.SignInAsync("am.east2");
        await page.GotoAsync($"/Letters/{letterId}");
        await Expect(page.GetByTestId("buyer-unusable")).ToBeVisibleAsync();
        await page.GetByTestId("approve").Locator("summary").ClickAsync();
        await page.GetByTestId("approve-confirm").ClickAsync();
        await Expect(page.GetByTestId("delivery-state")).ToHaveTextAsync("Held");

        await Expect(page.GetByTestId("delivery-problem")).ToContainTextAsync("purchasing at chain");
        await Expect(page.GetByTestId("fix-contact")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"/Accounts/{accountId}/Contacts/\\d+/Edit$"));
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue();
        // Approval lands on the delivery panel (#delivery); the whole page is captured from the top.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Expect(page.FrameLocator("[data-testid=letter-frame]").Locator("body")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "letters-6-held-phone");
    }

    private async Task AdministratorDraftsTheMonthAsync(DateOnly month)
    {
        await using var context = await app.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync("admin");
        await page.GotoAsync("/Admin/Jobs");
        var row = page.Locator("[data-testid=job-row][data-job=LetterDrafting]");
        await row.GetByTestId("run-month").FillAsync(LetterMonths.Format(month));
        await row.GetByTestId("run-now").ClickAsync();
        await Expect(page.GetByTestId("status")).ToBeVisibleAsync();

        var run = await DraftingRunAsync();
        run.Outcome.ShouldBe(JobOutcome.Succeeded, run.Error);
        await using (var db = app.CreateDbContext())
        {
            var active = await db.Accounts.CountAsync(a => a.State == AccountState.Active);
            (await db.SalesLetters.CountAsync(l => l.Month == month)).ShouldBe(active);
        }
        await page.ReloadAsync();
        await Expect(row.GetByTestId("last-status")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "letters-1-jobs-desktop");
    }

    private async Task<int> ManagerReviewsAndApprovesAsync(DateOnly month)
    {
        var letterId = await LetterToReviewAsync(month);
        await using (var phone = await app.NewContextAsync(Viewport.Phone))
        {
            var page = await phone.NewPageAsync();
            await page.SignInAsync(Manager);
            await page.GotoAsync($"/Letters?Month={LetterMonths.Format(month)}");
            await Expect(page.GetByTestId("letter-list")).ToBeVisibleAsync();
            (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")).ShouldBeTrue();
            await Screenshots.SaveAsync(page, "letters-2-list-phone");
        }

        await using var context = await app.NewContextAsync(Viewport.Desktop);
        var desk = await context.NewPageAsync();
        await desk.SignInAsync(Manager);
        await desk.GetByTestId("tiles").GetByRole(AriaRole.Link, new() { Name = "Letters to review" }).ClickAsync();
        await desk.SelectOptionAsync("#month", LetterMonths.Format(month));
        await desk.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(desk.GetByTestId("letter-list")).ToBeVisibleAsync();
        await Expect(desk.Locator($"[data-testid=letter-row][data-letter-id='{letterId}'] [data-testid=letter-state]")).ToHaveTextAsync("Draft");
        await Screenshots.SaveAsync(desk, "letters-2-list-desktop");

        await desk.Locator($"[data-testid=letter-row][data-letter-id='{letterId}'] a").First.ClickAsync();
        await desk.WaitForURLAsync($"**/Letters/{letterId}");
        await Expect(desk.GetByTestId("letter-frame")).ToBeVisibleAsync();
        var frame = desk.FrameLocator("[data-testid=letter-frame]");
        await Expect(frame.Locator("body")).ToContainTextAsync(await AccountNameInLetterAsync(letterId));
        await desk.GetByTestId("note").FillAsync(Note);
        await desk.GetByTestId("save-note").ClickAsync();
        await Expect(desk.GetByTestId("status")).ToContainTextAsync("saved");
        await Expect(frame.Locator("body")).ToContainTextAsync("let us talk about the new launches");
        await Screenshots.SaveAsync(desk, "letters-3-letter-desktop");

        // The same page in Chinese, then back: the letter keeps the account's language, the page follows the reader's.
        await desk.GetByTestId("language-switch").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(desk.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await Expect(desk.GetByTestId("letter-edit")).ToContainTextAsync("个人附言");
        await Expect(frame.Locator("body")).ToContainTextAsync("let us talk about the new launches");
        await Screenshots.SaveAsync(desk, "letters-3-letter-zh-desktop");
        await desk.GetByTestId("language-switch").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(desk.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await desk.GetByTestId("approve").Locator("summary").ClickAsync();
        await desk.GetByTestId("approve-confirm").ClickAsync();
        await Expect(desk.GetByTestId("status")).ToContainTextAsync("approved");
        await Expect(desk.GetByTestId("approved-note")).ToBeVisibleAsync();
        await Expect(desk.GetByTestId("letter-edit")).ToHaveCountAsync(0);
        return letterId;
    }

    /// <summary>Delivers the outbox (the scheduled job may beat it to it) and waits for the letter at the SMTP server.</summary>
    private async Task<ReceivedMail> DeliveredMailAsync(int letterId)
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().RunOnceAsync();
        var messageId = LetterDelivery.MessageIdOf(letterId);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (app.Smtp.Received().FirstOrDefault(m => m.MessageId == messageId) is { } mail)
            {
                app.Smtp.Received().Count(m => m.MessageId == messageId).ShouldBe(1);
                return mail;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Letter {letterId} did not reach the SMTP server.");
            await Task.Delay(250);
        }
    }

    private async Task ManagerSeesItSentAsync(int letterId)
    {
        await using var context = await app.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        await page.SignInAsync(Manager);
        await page.GotoAsync($"/Letters/{letterId}");
        await Expect(page.GetByTestId("delivery-state")).ToHaveTextAsync("Sent");
        await Expect(page.GetByTestId("send-again")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("pickup-notice")).ToHaveCountAsync(0); // this app sends through a real SMTP server
        await Screenshots.SaveAsync(page, "letters-4-sent-desktop");

        // The letter as the buyer reads it, on its own (its frame scrolls inside the page).
        await page.GotoAsync($"/Letters/{letterId}/Html");
        await Expect(page.Locator("body")).ToContainTextAsync("let us talk about the new launches");
        await Screenshots.SaveAsync(page, "letters-5-letter-as-sent");
    }

    /// <summary>The latest month with sales and no letters yet: the demo drafted the month just closed, so the one before.</summary>
    private async Task<DateOnly> MonthWithoutLettersAsync()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
        var month = LetterMonths.Previous(today).AddMonths(-1);
        await using var db = app.CreateDbContext();
        (await db.SalesLetters.AnyAsync(l => l.Month == month)).ShouldBeFalse();
        return month;
    }

    /// <summary>Waits for the hand-started drafting run to finish (it runs on the scheduler, not in the request).</summary>
    private async Task<JobRun> DraftingRunAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            await using (var db = app.CreateDbContext())
            {
                var run = await db.JobRuns.AsNoTracking().Where(r => r.JobName == "LetterDrafting" && r.StartedBy == "admin" && r.FinishedAt != null)
                    .OrderByDescending(r => r.Id).FirstOrDefaultAsync();
                if (run is not null) return run;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The drafting run did not finish.");
            await Task.Delay(250);
        }
    }

    /// <summary>The first of the manager's new drafts whose account has buyers who can all be mailed.</summary>
    private async Task<int> LetterToReviewAsync(DateOnly month)
    {
        await using var db = app.CreateDbContext();
        var managerId = await db.Users.Where(u => u.UserName == Manager).Select(u => u.Id).SingleAsync();
        var letters = await db.SalesLetters.AsNoTracking()
            .Where(l => l.Month == month && l.State == LetterState.Draft && db.Accounts.Any(a => a.Id == l.AccountId && a.AccountManagerId == managerId))
            .OrderBy(l => l.Id)
            .Select(l => new { l.Id, Emails = db.BuyerContacts.Where(c => c.AccountId == l.AccountId).Select(c => c.Email).ToList() })
            .ToListAsync();
        return letters.First(l => l.Emails.Count > 0 && l.Emails.All(MailAddressCheck.IsValid)).Id;
    }

    /// <summary>How the letter names its account: in Chinese or English, as the account's language is.</summary>
    private async Task<string> AccountNameInLetterAsync(int letterId)
    {
        await using var db = app.CreateDbContext();
        var letter = await db.SalesLetters.Where(l => l.Id == letterId)
            .Select(l => new { l.Language, Account = db.Accounts.Where(a => a.Id == l.AccountId).Select(a => new { a.Name, a.NameEn }).First() })
            .SingleAsync();
        return letter.Language == "en" ? letter.Account.NameEn : letter.Account.Name;
    }
}
