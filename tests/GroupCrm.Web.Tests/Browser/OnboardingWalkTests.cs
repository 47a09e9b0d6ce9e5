using System.Globalization;
using System.Text.RegularExpressions;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static GroupCrm.Core.Onboarding.AccountState;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// One chain from Draft to Active in a real browser, each person in their own session: the account manager
/// creates it and uploads its documents, the East market manager reviews and surveys, the marketing centre approves.
/// </summary>
public sealed partial class OnboardingWalkTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Name = "杭州晨光便利连锁有限公司";
    private const string Licence = "91330100MA2B0C0D1E";
    private static readonly AccountState[] Chain = [Draft, Submitted, UnderReview, SiteSurveyed, PendingApproval, Active];
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task A_new_chain_goes_from_draft_to_active_through_its_manager_reviewer_and_approver()
    {
        var id = await AccountManagerCreatesAndSubmitsAsync();
        await MarketManagerReviewsAndSurveysAsync(id);
        await MarketingCentreApprovesAsync(id);
        await AccountManagerSeesItOnAPhoneAsync(id);

        await using var db = CreateDbContext();
        (await db.Accounts.SingleAsync(a => a.BusinessLicenceNumber == Licence)).State.ShouldBe(Active);
        (await db.AccountTransitions.Where(t => t.AccountId == id).OrderBy(t => t.At).ThenBy(t => t.Id).Select(t => t.ToState).ToListAsync())
            .ShouldBe(Chain);
        var documents = await db.AccountDocuments.Where(d => d.AccountId == id).ToListAsync();
        documents.Count(d => d.Verdict == DocumentVerdict.Accepted).ShouldBe(6);
        documents.Select(d => d.DocumentTypeId).Distinct().Count().ShouldBe(6);
    }

    private async Task<int> AccountManagerCreatesAndSubmitsAsync()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await SignedInAsync(context, "am.east1");
        await page.GotoAsync("/Accounts");
        await Expect(page.GetByTestId("account-row").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "accounts-list");

        await page.GetByTestId("new-account").ClickAsync();
        await page.WaitForURLAsync("**/Accounts/Create");
        await Field(page, "Name (Chinese)").FillAsync(Name);
        await Field(page, "English name (optional)").FillAsync("Hangzhou Morning Light Convenience Chain");
        await Field(page, "Business licence number").FillAsync(Licence);
        await Field(page, "HQ address").FillAsync("浙江省杭州市西湖区文三路 88 号");
        await Field(page, "Legal representative").FillAsync("陈明");
        await Field(page, "Order phone").FillAsync("0571-8888 6666");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create draft" }).ClickAsync();
        await page.WaitForURLAsync(DetailUrl());
        await Expect(page.GetByTestId("status")).ToHaveTextAsync($"The draft account {Name} was created.");
        await ExpectStateAsync(page, Draft);
        var id = int.Parse(DetailUrl().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);

        var types = page.GetByTestId("document-type");
        await Expect(types).ToHaveCountAsync(6);
        for (var i = 0; i < 6; i++)
        {
            await types.Nth(i).GetByTestId("upload-link").ClickAsync();
            await page.WaitForURLAsync("**/Documents/Upload?typeId=*");
            await UploadAsync(page, i);
        }
        await Expect(page.GetByTestId("documents").GetByTestId("verdict")).ToHaveTextAsync([.. Enumerable.Repeat("Awaiting review", 6)]);

        await TakeStepAsync(page, Submitted);
        return id;
    }

    // The type is chosen by the link; whether it expires is read from the choice as the person sees it.
    private static async Task UploadAsync(IPage page, int index)
    {
        var type = await page.Locator("#Input_DocumentTypeId option:checked").InnerTextAsync();
        await Field(page, "Document number").FillAsync($"ZJ-{index + 1:00}-{Today.Year}");
        await Field(page, "Issued on").FillAsync(Iso(Today.AddYears(-1)));
        if (!type.Contains("no expiry date", StringComparison.Ordinal)) await Field(page, "Expires on").FillAsync(Iso(Today.AddYears(2)));
        // Images first, so the first review screen shows a preview rather than a download link.
        var file = index % 2 == 0
            ? new FilePayload { Name = $"document-{index + 1}.png", MimeType = "image/png", Buffer = SampleFiles.Png(480, 320) }
            : new FilePayload { Name = $"document-{index + 1}.pdf", MimeType = "application/pdf", Buffer = SampleFiles.Pdf($"Document {index + 1}") };
        await Field(page, "File").SetInputFilesAsync(file);
        await page.GetByTestId("upload-document").GetByRole(AriaRole.Button, new() { Name = "Upload", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("The document was uploaded and waits for review.");
    }

    private async Task MarketManagerReviewsAndSurveysAsync(int id)
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await SignedInAsync(context, "mm.east");
        await page.GotoAsync($"/Accounts/{id}");
        await TakeStepAsync(page, UnderReview);

        var reviewLinks = page.GetByTestId("review-link");
        for (var left = 6; left > 0; left--)
        {
            await Expect(reviewLinks).ToHaveCountAsync(left);
            await reviewLinks.First.ClickAsync();
            await page.WaitForURLAsync("**/Review");
            await Expect(page.GetByTestId("document").GetByTestId("verdict")).ToHaveTextAsync("Awaiting review");
            if (left == 6)
            {
                // A screenshot does not wait for images; the preview must have arrived first.
                await Expect(page.GetByTestId("preview")).ToHaveJSPropertyAsync("complete", true);
                (await page.GetByTestId("preview").EvaluateAsync<int>("img => img.naturalWidth")).ShouldBe(480);
                await Screenshots.SaveAsync(page, "document-review");
            }
            await page.GetByTestId("accept").GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
            await Expect(page.GetByTestId("status")).ToHaveTextAsync("The document was accepted.");
        }
        await Expect(page.GetByTestId("documents-complete")).ToBeVisibleAsync();

        await page.GetByTestId("record-survey").ClickAsync();
        await page.WaitForURLAsync($"**/Accounts/{id}/Survey");
        string[] criteria = ["Location", "Store environment", "Store appearance", "Expected sales scale", "Internal management processes"];
        foreach (var (criterion, i) in criteria.Select((c, i) => (c, i)))
            await Field(page, criterion).SelectOptionAsync(i % 2 == 0 ? "5" : "4");
        await Field(page, "Notes").FillAsync("Clean stores on busy streets; tidy stock records.");
        await Field(page, "Recommend").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record survey" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("The site survey was recorded.");
        await Expect(page.GetByTestId("survey-recommendation")).ToHaveTextAsync("Recommended");

        await TakeStepAsync(page, SiteSurveyed);
        await TakeStepAsync(page, PendingApproval);
        await Expect(page.GetByTestId("workflow-none")).ToHaveTextAsync("The next step is for someone else to take.");
    }

    private async Task MarketingCentreApprovesAsync(int id)
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await SignedInAsync(context, "approver");
        await page.GotoAsync($"/Accounts/{id}");
        await TakeStepAsync(page, Active);
        await Expect(page.GetByTestId("timeline-to")).ToHaveTextAsync([.. Chain.Select(DisplayNames.State)]);
        await Expect(page.GetByTestId("timeline-from")).ToHaveTextAsync(["–", .. Chain.SkipLast(1).Select(DisplayNames.State)]);
        await Screenshots.SaveAsync(page, "account-detail-active");
    }

    private async Task AccountManagerSeesItOnAPhoneAsync(int id)
    {
        await using var context = await browser.NewContextAsync(Viewport.Phone);
        var page = await SignedInAsync(context, "am.east1");
        await page.GotoAsync($"/Accounts/{id}");
        await ExpectStateAsync(page, Active);
        await Expect(page.GetByTestId("documents-complete")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "account-detail-phone");
    }

    /// <summary>Presses the step's button on the account page and waits for the page it comes back to.</summary>
    private static async Task TakeStepAsync(IPage page, AccountState to)
    {
        await page.GetByTestId($"workflow-{to}").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync($"The account is now {DisplayNames.State(to)}.");
        await ExpectStateAsync(page, to);
    }

    private static Task ExpectStateAsync(IPage page, AccountState state) =>
        Expect(page.GetByTestId("account-name").GetByTestId("state-badge")).ToHaveTextAsync(DisplayNames.State(state));

    private static async Task<IPage> SignedInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.SignInAsync(userName);
        return page;
    }

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/Accounts/(\d+)$")]
    private static partial Regex DetailUrl();

    private CrmDbContext CreateDbContext() => browser.CreateDbContext();
}
