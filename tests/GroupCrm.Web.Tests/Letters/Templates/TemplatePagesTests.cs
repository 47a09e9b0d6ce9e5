using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GroupCrm.Core.Letters.Templates;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Web.Tests.Letters.Templates;

/// <summary>/Admin/Templates over HTTP: the versions, the editor's check and preview, saving, and nobody but the administrator.</summary>
public sealed partial class TemplatePagesTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string Index = "/Admin/Templates";
    private const string EditEnglish = "/Admin/Templates/Edit/en";

    [Fact]
    public async Task The_administrator_sees_both_languages_with_the_version_in_use_and_its_history()
    {
        var admin = await factory.SignedInClientAsync("admin");

        var page = await TextAsync(await admin.GetAsync(Index));

        page.ShouldContain("data-language=\"en\"");
        page.ShouldContain("data-language=\"zh-Hans\"");
        page.ShouldContain("is in use.");
        page.ShouldContain("Shipped with the app");
        page.ShouldContain("href=\"/Admin/Templates/Edit/zh-Hans\"");
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.east")]
    [InlineData("approver")]
    public async Task Everyone_but_the_administrator_is_refused_the_pages_and_their_handlers(string userName)
    {
        var before = await CurrentAsync("en");
        var user = await factory.SignedInClientAsync(userName);

        var index = await user.GetAsync(Index);
        var edit = await user.GetAsync(EditEnglish);
        var html = await user.GetAsync($"{EditEnglish}?handler=PreviewHtml&token=abc");
        // A valid token of the user's own session, taken from a page they may open.
        var preview = await user.PostFormAsync($"{EditEnglish}?handler=PreviewJson", Fields(Edited("refused")), "/Account/SignOut");
        var save = await user.PostFormAsync($"{EditEnglish}?handler=Save", Fields(Edited("refused"), before.Id), "/Account/SignOut");

        foreach (var response in new[] { index, edit, html, preview, save })
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await CurrentAsync("en")).Id.ShouldBe(before.Id);
    }

    [Fact]
    public async Task Someone_not_signed_in_is_sent_to_sign_in()
    {
        var anonymous = factory.CreateBrowserLikeClient();

        var response = await anonymous.GetAsync(EditEnglish);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/SignIn");
    }

    [Fact]
    public async Task The_editor_shows_the_template_the_reference_and_a_preview_on_a_real_account()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var account = await AccountAsync();

        var page = await TextAsync(await admin.GetAsync($"{EditEnglish}?AccountId={account.Id}&Month=2026-03"));

        page.ShouldContain("name=\"Input.Subject\"");
        page.ShouldContain("{{account.name}}: sales review for {{month month}}");
        page.ShouldContain("{{change sales.quantity sales.previousQuantity}}");
        page.ShouldContain("bestStores, worstStores");
        page.ShouldContain($"data-testid=\"preview-subject\">{account.NameEn}: sales review for March 2026<");
        page.ShouldContain("MONTHLY SALES REVIEW: March 2026");
        FrameSource().Match(page).Groups[1].Value.ShouldMatch("^/Admin/Templates/Edit/en\\?token=[0-9a-f]{32}&handler=PreviewHtml$");
        page.ShouldContain("src=\"/js/letter-templates.js");
    }

    [Fact]
    public async Task The_preview_html_comes_from_its_own_address_with_a_strict_policy()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var page = await TextAsync(await admin.GetAsync(EditEnglish + "?AccountId=0"));
        var frame = FrameSource().Match(page).Groups[1].Value;

        var html = await admin.GetAsync(frame);
        var someoneElses = await admin.GetAsync($"{EditEnglish}?handler=PreviewHtml&token=0123456789abcdef0123456789abcdef");

        html.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.Headers.GetValues("Content-Security-Policy").Single().ShouldBe(
            "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'");
        html.Headers.GetValues("X-Frame-Options").Single().ShouldBe("SAMEORIGIN");
        (await html.Content.ReadAsStringAsync()).ShouldContain("Hualian Supermarkets (sample)");
        someoneElses.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_live_preview_answers_with_the_letter_or_the_problems_and_their_lines()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var account = await AccountAsync();
        var broken = Edited("x") with { HtmlBody = "<p>{{account.name}}</p>\n<p>{{#each brands}}</p>\n<p>{{shout brand}}</p>" };

        var good = await JsonAsync(await admin.PostFormAsync($"{EditEnglish}?handler=PreviewJson",
            Fields(Edited("Live"), extra: new() { ["AccountId"] = account.Id.ToString(), ["Month"] = "2026-02" }), EditEnglish));
        var bad = await JsonAsync(await admin.PostFormAsync($"{EditEnglish}?handler=PreviewJson", Fields(broken), EditEnglish));

        good.GetProperty("subject").GetString().ShouldBe($"Live: {account.NameEn} February 2026");
        good.GetProperty("htmlUrl").GetString()!.ShouldMatch("^/Admin/Templates/Edit/en\\?token=[0-9a-f]{32}&handler=PreviewHtml$");
        good.GetProperty("text").GetString()!.ShouldContain("MONTHLY SALES REVIEW: February 2026");
        good.GetProperty("problems").GetArrayLength().ShouldBe(0);
        bad.GetProperty("subject").ValueKind.ShouldBe(JsonValueKind.Null);
        var problems = bad.GetProperty("problems").EnumerateArray().ToList();
        problems.Select(p => (p.GetProperty("part").GetString(), p.GetProperty("line").GetInt32())).ShouldBe([("HtmlBody", 3), ("HtmlBody", 2)]);
        problems[0].GetProperty("text").GetString()!.ShouldContain("HTML body, line 3: Unknown helper \"shout\"");
    }

    [Fact]
    public async Task Check_and_preview_works_without_script()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var text = Edited("Plain") with { TextBody = "Hello {{account.name}}\n{{#if hasSales}}\nsold\n" };

        var page = await TextAsync(await admin.PostFormAsync($"{EditEnglish}?handler=Preview", Fields(text, extra: new() { ["AccountId"] = "0" }), EditEnglish));

        page.ShouldContain("Text body, line 2: {{#if}} is never closed with {{/if}}.");
        page.ShouldContain("Hello {{account.name}}");
        page.ShouldContain("Fix the problems to see the letter.");
    }

    [Fact]
    public async Task Saving_a_broken_template_shows_the_line_and_stores_nothing()
    {
        var before = await CurrentAsync("en");
        var admin = await factory.SignedInClientAsync("admin");
        var broken = TemplateText.Of(before) with { TextBody = "Dear colleagues,\n\nYou sold {{number sales.quantity}}\n{{nonsense sales.quantity}}\n" };

        var response = await admin.PostFormAsync($"{EditEnglish}?handler=Save", Fields(broken, before.Id), EditEnglish);
        var page = await TextAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.ShouldContain("Line 4: Unknown helper \"nonsense\"");
        page.ShouldContain("{{nonsense sales.quantity}}");
        (await CurrentAsync("en")).Id.ShouldBe(before.Id);
    }

    [Fact]
    public async Task Saving_a_good_template_makes_the_next_version_and_a_stale_save_is_refused()
    {
        var before = await CurrentAsync("zh-Hans");
        var admin = await factory.SignedInClientAsync("admin");
        var url = "/Admin/Templates/Edit/zh-Hans";
        var text = TemplateText.Of(before) with { Subject = "【月度回顾】{{account.name}} {{month month}}" };

        var saved = await admin.PostFormAsync($"{url}?handler=Save", Fields(text, before.Id), url);
        var stale = await admin.PostFormAsync($"{url}?handler=Save", Fields(text with { Subject = "late {{month month}}" }, before.Id), url);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(saved.Headers.Location))).ShouldContain($"Version {before.Number + 1} is in use.");
        var current = await CurrentAsync("zh-Hans");
        (current.Number, current.Subject).ShouldBe((before.Number + 1, "【月度回顾】{{account.name}} {{month month}}"));
        (await TextAsync(stale)).ShouldContain("Someone else changed this record in the meantime.");
        (await CurrentAsync("zh-Hans")).Id.ShouldBe(current.Id);
    }

    [Fact]
    public async Task Hostile_input_is_shown_as_text_and_changes_nothing()
    {
        var before = await CurrentAsync("en");
        var admin = await factory.SignedInClientAsync("admin");
        var hostile = TemplateText.Of(before) with { Subject = "</textarea><script>alert(1)</script>{{account.name}" };

        var response = await admin.PostFormAsync($"{EditEnglish}?handler=Save",
            Fields(hostile, extra: new() { ["Input.BasedOnId"] = "not-a-number", ["AccountId"] = "-5", ["Month"] = "2026-13'\"<b>" }), EditEnglish);
        var raw = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        raw.ShouldNotContain("<script>alert(1)</script>");
        raw.ShouldContain("&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
        raw.ShouldNotContain("<b>");
        WebUtility.HtmlDecode(raw).ShouldContain("Line 1: This {{ is never closed with }}.");
        WebUtility.HtmlDecode(raw).ShouldContain("\"2026-13'\"<b>\" is not a month");
        (await CurrentAsync("en")).Id.ShouldBe(before.Id);
    }

    [Fact]
    public async Task An_account_name_with_markup_is_escaped_in_the_preview()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var account = await AccountAsync();
        await using (var db = factory.CreateDbContext())
            await db.Accounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.NameEn, "<script>alert('x')</script> Mart"));
        try
        {
            var json = await JsonAsync(await admin.PostFormAsync($"{EditEnglish}?handler=PreviewJson",
                Fields(TemplateText.Of(await CurrentAsync("en")), extra: new() { ["AccountId"] = account.Id.ToString(), ["Month"] = "2026-03" }), EditEnglish));
            var html = await (await admin.GetAsync(json.GetProperty("htmlUrl").GetString())).Content.ReadAsStringAsync();

            json.GetProperty("text").GetString()!.ShouldContain("<script>alert('x')</script> Mart");
            html.ShouldNotContain("<script>");
            html.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; Mart");
        }
        finally
        {
            await using var db = factory.CreateDbContext();
            await db.Accounts.Where(a => a.Id == account.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.NameEn, account.NameEn));
        }
    }

    [Fact]
    public async Task An_unknown_language_or_version_is_not_found()
    {
        var admin = await factory.SignedInClientAsync("admin");
        var chinese = await CurrentAsync("zh-Hans");

        (await admin.GetAsync("/Admin/Templates/Edit/fr")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"{EditEnglish}?from={chinese.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"{EditEnglish}?from=999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.PostFormAsync("/Admin/Templates/Edit/fr?handler=Save", Fields(Edited("x")), EditEnglish)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_editor_speaks_Chinese()
    {
        var admin = await factory.SignedInClientAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Admin/Templates/Edit/zh-Hans?AccountId=0");
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");

        var page = await TextAsync(await admin.SendAsync(request));

        page.ShouldContain("中文信函模板");
        page.ShouldContain("检查并预览");
        page.ShouldContain("带千位分隔符的整数");
        page.ShouldContain("集团客户销售回顾：");
    }

    private static TemplateText Edited(string marker) =>
        DefaultTemplates.For("en") with { Subject = marker + ": {{account.name}} {{month month}}" };

    private static Dictionary<string, string> Fields(TemplateText text, int basedOnId = 0, Dictionary<string, string>? extra = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Subject"] = text.Subject,
            ["Input.HtmlBody"] = text.HtmlBody,
            ["Input.TextBody"] = text.TextBody,
            ["Input.BasedOnId"] = basedOnId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extra ?? []) fields[key] = value;
        return fields;
    }

    private async Task<LetterTemplate> CurrentAsync(string language)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LetterTemplates>().CurrentAsync(language);
    }

    private async Task<(int Id, string NameEn)> AccountAsync()
    {
        await using var db = factory.CreateDbContext();
        var account = await db.Accounts.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.NameEn }).FirstAsync();
        return (account.Id, account.NameEn);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("<iframe sandbox src=\"([^\"]+)\"")]
    private static partial Regex FrameSource();
}
