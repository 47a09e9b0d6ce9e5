using System.Net;
using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Notices.NoticeWorld;

namespace GroupCrm.Web.Tests.Notices;

/// <summary>
/// The page behind the e-mailed link, opened without signing in: it shows the notice and records an
/// acknowledgement only from its form, once. Every other use of a link gets a page that says why, and nothing
/// is recorded.
/// </summary>
public sealed class AcknowledgementPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    private const string AlreadyAcknowledged = "This notice has already been acknowledged.";

    [Fact]
    public async Task Opening_the_link_shows_the_notice_and_the_form_without_sign_in_and_records_nothing()
    {
        var notice = await FreshNoticeAsync(language: NoticeLanguages.English);
        var client = factory.CreateBrowserLikeClient();
        var link = LinkFor(factory, notice.Id, notice.ContactId);

        var first = await client.GetAsync(link);
        var again = await client.GetAsync(link);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await first.Content.ReadAsStringAsync();
        html.ShouldContain("data-testid=\"notice-sheet\"");
        html.ShouldContain("data-testid=\"ack-form\"");
        html.ShouldContain($"value=\"{WebUtility.HtmlEncode(notice.ContactName)}\"");
        html.ShouldContain("I acknowledge receipt of this notice");
        html.ShouldNotContain("data-testid=\"main-nav\"");
        html.ShouldNotContain("Sign out");
        first.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        first.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await NoticeAsync(factory, notice.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task The_form_records_who_acknowledged_and_when_once_and_every_later_use_is_refused()
    {
        var notice = await FreshNoticeAsync();
        var client = factory.CreateBrowserLikeClient();
        var link = LinkFor(factory, notice.Id, notice.ContactId);

        var posted = await client.PostFormAsync(link, new() { ["Name"] = "  王 \t 经理  " });

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.OriginalString.ShouldStartWith($"/Notices/{notice.Id}/Acknowledge?token=");
        var thanks = await client.GetStringAsync(posted.Headers.Location!.OriginalString);
        thanks.ShouldContain("data-testid=\"ack-recorded\"");
        thanks.ShouldContain("谢谢，您的确认已记录。");
        thanks.ShouldContain("已由王 经理于");
        thanks.ShouldNotContain("data-testid=\"ack-form\"");
        var recorded = await NoticeAsync(factory, notice.Id);
        recorded.AcknowledgedAt.ShouldNotBeNull();
        (recorded.AcknowledgedByName, recorded.AcknowledgedByContactId).ShouldBe(("王 经理", notice.ContactId));

        // The same link again, on another device: the page says who and when, the form is gone, a second post changes nothing.
        var other = factory.CreateBrowserLikeClient();
        var reopened = await other.GetAsync(link);
        reopened.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reopenedHtml = await reopened.Content.ReadAsStringAsync();
        reopenedHtml.ShouldContain("data-refusal=\"AlreadyAcknowledged\"");
        reopenedHtml.ShouldContain("已由王 经理于");
        reopenedHtml.ShouldNotContain("data-testid=\"ack-form\"");
        var second = await other.PostFormAsync(link, new() { ["Name"] = "Someone Else" }, formPage: await AnyFormPageAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).ShouldContain("data-refusal=\"AlreadyAcknowledged\"");
        var after = await NoticeAsync(factory, notice.Id);
        (after.AcknowledgedAt, after.AcknowledgedByName, after.AcknowledgedByContactId).ShouldBe((recorded.AcknowledgedAt, "王 经理", notice.ContactId));
    }

    [Theory]
    [InlineData("tampered")]
    [InlineData("truncated")]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("script")]
    [InlineData("huge")]
    [InlineData("nul")]
    public async Task A_token_that_is_not_genuine_gets_a_clear_page_in_both_languages_and_records_nothing(string kind)
    {
        var notice = await FreshNoticeAsync();
        var genuine = TokenFor(factory, notice.Id, notice.ContactId, DateTimeOffset.UtcNow.AddDays(1));
        var url = kind switch
        {
            "tampered" => PageFor(notice.Id, genuine[..20] + (genuine[20] == 'A' ? 'B' : 'A') + genuine[21..]),
            "truncated" => PageFor(notice.Id, genuine[..^4]),
            "missing" => $"/Notices/{notice.Id}/Acknowledge",
            "empty" => $"/Notices/{notice.Id}/Acknowledge?token=",
            "garbage" => PageFor(notice.Id, "not-a-token"),
            "script" => PageFor(notice.Id, "<script>alert(1)</script>"),
            "huge" => PageFor(notice.Id, new string('A', 5_000)),
            _ => $"/Notices/{notice.Id}/Acknowledge?token=%00",
        };

        await ShouldBeRefusedAsync(url, HttpStatusCode.BadRequest, "InvalidToken",
            "This acknowledgement link is not valid.", "该确认链接无效");
        (await NoticeAsync(factory, notice.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_records_nothing()
    {
        var notice = await FreshNoticeAsync();
        var expired = PageFor(notice.Id, TokenFor(factory, notice.Id, notice.ContactId, DateTimeOffset.UtcNow.AddMinutes(-1)));

        await ShouldBeRefusedAsync(expired, HttpStatusCode.Gone, "Expired", "This acknowledgement link has expired.", "该确认链接已过期");
        (await NoticeAsync(factory, notice.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_genuine_link_of_another_notice_is_refused_and_neither_notice_is_recorded()
    {
        var round = await ApprovedRoundAsync(factory);
        var notices = await HqNoticesAsync(factory, round);
        var (mine, other) = (notices[0], notices[1]);
        var borrowed = PageFor(other.Id, TokenFor(factory, mine.Id, mine.ContactId, DateTimeOffset.UtcNow.AddDays(1)));

        await ShouldBeRefusedAsync(borrowed, HttpStatusCode.BadRequest, "OtherNotice", "This acknowledgement link belongs to a different notice.", "该确认链接属于另一份告知书");
        (await NoticeAsync(factory, mine.Id)).AcknowledgedAt.ShouldBeNull();
        (await NoticeAsync(factory, other.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_notice_of_a_corrected_round_is_refused_as_replaced_by_a_later_notice()
    {
        var round = await ApprovedRoundAsync(factory);
        var notice = (await HqNoticesAsync(factory, round))[0];
        var link = LinkFor(factory, notice.Id, notice.ContactId);
        await SupersedeAsync(factory, round);

        await ShouldBeRefusedAsync(link, HttpStatusCode.Gone, "Superseded", "This notice has been replaced by a later notice.", "本告知书已被新的告知书替代");
        (await NoticeAsync(factory, notice.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_link_sent_to_a_buyer_who_has_since_been_removed_is_refused()
    {
        var notice = await FreshNoticeAsync();
        var link = LinkFor(factory, notice.Id, notice.ContactId);
        await using (var db = factory.CreateDbContext())
            (await db.BuyerContacts.Where(c => c.Id == notice.ContactId).ExecuteDeleteAsync()).ShouldBe(1);

        await ShouldBeRefusedAsync(link, HttpStatusCode.Gone, "ContactRemoved", "no longer on the chain", "不在");
        (await NoticeAsync(factory, notice.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_store_notice_is_not_acknowledged_by_link_even_with_a_genuine_token()
    {
        var round = await ApprovedRoundAsync(factory);
        var store = await StoreNoticeAsync(factory, round);
        var contact = (await HqNoticesAsync(factory, round)).First(n => n.AccountId == store.AccountId).ContactId;

        await ShouldBeRefusedAsync(PageFor(store.Id, TokenFor(factory, store.Id, contact, DateTimeOffset.UtcNow.AddDays(1))),
            HttpStatusCode.NotFound, "NoSuchNotice", "There is no such notice.", "没有这份告知书");
        (await NoticeAsync(factory, store.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("99999999999")]
    [InlineData("%3Cscript%3E")]
    public async Task An_address_whose_notice_is_not_a_number_is_a_broken_link_not_an_error(string id)
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync($"/Notices/{id}/Acknowledge?token=abc");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("data-refusal=\"InvalidToken\"");
        html.ShouldNotContain("<script>");
    }

    [Theory]
    [InlineData("", "请输入您的姓名。")]
    [InlineData("   \t ", "请输入您的姓名。")]
    [InlineData("a\u0001b", "姓名不能包含控制字符。")]
    [InlineData("long", "姓名最多 100 个字符。")]
    public async Task A_missing_or_broken_name_is_sent_back_with_the_reason_and_nothing_is_recorded(string name, string message)
    {
        var notice = await FreshNoticeAsync();
        var client = factory.CreateBrowserLikeClient();
        var link = LinkFor(factory, notice.Id, notice.ContactId);

        var response = await client.PostFormAsync(link, new() { ["Name"] = name == "long" ? new string('名', 101) : name });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(message);
        html.ShouldContain("is-invalid");
        html.ShouldContain("data-testid=\"ack-form\"");
        (await NoticeAsync(factory, notice.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_name_with_markup_is_recorded_as_typed_and_shown_as_text()
    {
        var notice = await FreshNoticeAsync();
        var client = factory.CreateBrowserLikeClient();
        var link = LinkFor(factory, notice.Id, notice.ContactId);

        var posted = await client.PostFormAsync(link, new() { ["Name"] = "<script>alert(1)</script> O'Neil & Co" });

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NoticeAsync(factory, notice.Id)).AcknowledgedByName.ShouldBe("<script>alert(1)</script> O'Neil & Co");
        var html = await client.GetStringAsync(link);
        html.ShouldNotContain("<script>alert(1)</script>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    [Fact]
    public async Task A_post_without_the_form_s_antiforgery_token_records_nothing()
    {
        var notice = await FreshNoticeAsync();
        var client = factory.CreateBrowserLikeClient();
        var link = LinkFor(factory, notice.Id, notice.ContactId);

        var response = await client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["Name"] = "Forged" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await NoticeAsync(factory, notice.Id)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task The_page_speaks_the_notice_s_language_whatever_the_browser_asks_for()
    {
        var round = await ApprovedRoundAsync(factory, await LanguagesAsync());
        var notices = await HqNoticesAsync(factory, round);
        var english = notices.First(n => n.Language == NoticeLanguages.English);
        var chinese = notices.First(n => n.Language == NoticeLanguages.Chinese);
        var chineseBrowser = factory.CreateBrowserLikeClient();
        chineseBrowser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9");
        var englishBrowser = factory.CreateBrowserLikeClient();
        englishBrowser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");

        var englishPage = await chineseBrowser.GetStringAsync(LinkFor(factory, english.Id, english.ContactId));
        var chinesePage = await englishBrowser.GetStringAsync(LinkFor(factory, chinese.Id, chinese.ContactId));

        englishPage.ShouldContain("<html lang=\"en\">");
        englishPage.ShouldContain("Scarce-stock allocation notice");
        englishPage.ShouldContain("Please read this notice, then confirm at the end of the page that you have received it.");
        englishPage.ShouldContain("<dt>Packs</dt>");
        englishPage.ShouldNotContain("告知书");
        chinesePage.ShouldContain("<html lang=\"zh-Hans\">");
        chinesePage.ShouldContain("紧俏货源分配书面告知书");
        chinesePage.ShouldContain("请阅读本告知书");
        chinesePage.ShouldContain("<dt>件数</dt>");
        chinesePage.ShouldNotContain("Please read this notice");
    }

    private async Task<HqNotice> FreshNoticeAsync(string language = NoticeLanguages.Chinese)
    {
        var round = await ApprovedRoundAsync(factory, await LanguagesAsync());
        return (await HqNoticesAsync(factory, round)).First(n => n.Language == language);
    }

    /// <summary>The first two east accounts with buyers: one reads English, the other Chinese.</summary>
    private async Task<Dictionary<int, string>> LanguagesAsync()
    {
        await using var db = factory.CreateDbContext();
        var accounts = await db.Accounts.Where(a => a.District!.Code == "E" && a.State == GroupCrm.Core.Onboarding.AccountState.Active && a.BuyerContacts.Any())
            .OrderBy(a => a.Id).Select(a => a.Id).Take(2).ToListAsync();
        return new() { [accounts[0]] = NoticeLanguages.English, [accounts[1]] = NoticeLanguages.Chinese };
    }

    /// <summary>
    /// A page with a form, for an antiforgery token when the page under test has none (it refuses the link): any
    /// form's token will do, as a browser holding an old page of the link would send one.
    /// </summary>
    private static Task<string> AnyFormPageAsync() => Task.FromResult("/Account/SignIn");

    /// <summary>GET and the form's POST both get the refusal page, with the message in the notice's language and the other.</summary>
    private async Task ShouldBeRefusedAsync(string url, HttpStatusCode status, string refusal, string english, string chinese)
    {
        var client = factory.CreateBrowserLikeClient();
        var shown = await client.GetAsync(url);
        var posted = await client.PostFormAsync(url, new() { ["Name"] = "Mallory" }, await AnyFormPageAsync());

        foreach (var response in new[] { shown, posted })
        {
            response.StatusCode.ShouldBe(status);
            var html = await response.Content.ReadAsStringAsync();
            html.ShouldContain($"data-refusal=\"{refusal}\"");
            html.ShouldContain(english);
            html.ShouldContain(chinese);
            html.ShouldNotContain("data-testid=\"ack-form\"");
            html.ShouldNotContain("data-testid=\"notice-sheet\"");
            html.ShouldNotContain("<script>alert(1)</script>");
        }
    }
}
