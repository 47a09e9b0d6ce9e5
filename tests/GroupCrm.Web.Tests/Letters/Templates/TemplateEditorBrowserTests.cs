using GroupCrm.Web.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GroupCrm.Web.Tests.Letters.Templates;

/// <summary>
/// The template editor in a real browser: the live preview follows the typing (no button), a mistake shows
/// with its part and line, the HTML letter is shown in its sandboxed frame, and nothing breaks the page's CSP.
/// </summary>
public sealed class TemplateEditorBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_preview_follows_the_typing_and_names_the_line_of_a_mistake()
    {
        await using var context = await browser.NewContextAsync(Viewport.Desktop);
        var page = await context.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") refused.Add(message.Text); };
        await page.SignInAsync("admin");

        await page.GotoAsync("/Admin/Templates");
        await page.Locator("[data-language=en]").GetByTestId("edit-template").ClickAsync();
        await Expect(page.GetByTestId("preview-subject")).ToContainTextAsync("sales review for");
        var letter = page.FrameLocator("[data-testid=preview-frame]");
        await Expect(letter.GetByText("Monthly sales review")).ToBeVisibleAsync();
        await Expect(letter.GetByText("1. Market overview")).ToBeVisibleAsync();

        var subject = page.GetByTestId("subject-input");
        await subject.FillAsync("Review of {{month month}} for {{account.name}}");
        await Expect(page.GetByTestId("preview-subject")).ToContainTextAsync("Review of ");

        var text = page.GetByTestId("text-input");
        await text.PressAsync("Control+End");
        await text.PressSequentiallyAsync("\n{{#each brands}}\n{{shout brand}}");
        var problems = page.GetByTestId("preview-problems");
        await Expect(problems).ToBeVisibleAsync();
        var lines = (await text.InputValueAsync()).Split('\n').Length;
        await Expect(problems).ToContainTextAsync($"Text body, line {lines}: Unknown helper \"shout\"");
        await Expect(page.GetByTestId("preview-empty")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "letter-template-problem");

        await text.PressSequentiallyAsync("\n{{/each}}");
        await text.FillAsync((await text.InputValueAsync()).Replace("{{shout brand}}", "- {{brand}}", StringComparison.Ordinal));
        await Expect(problems).ToBeHiddenAsync();
        await Expect(page.GetByTestId("preview-text")).ToContainTextAsync("MONTHLY SALES REVIEW");
        await Expect(letter.GetByText("1. Market overview")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "letter-template-editor");

        refused.ShouldBeEmpty();
    }
}
