using System.Net;
using System.Text.RegularExpressions;
using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Web.Tests.Notices.NoticeWorld;

namespace GroupCrm.Web.Tests.Notices;

/// <summary>
/// The printable notice inside the app: it needs sign-in, and it is read only by those who see its account
/// (the district's market manager, the marketing centre, the administrator and the account's own manager);
/// everyone else gets a 404, as for any record that is not theirs.
/// </summary>
public sealed partial class NoticePrintPageTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>, IAsyncLifetime
{
    private int _round;
    private HqNotice _hq = null!;

    public async Task InitializeAsync()
    {
        _round = await ApprovedRoundAsync(factory);
        await using var db = factory.CreateDbContext();
        var withStores = await db.AllocationNotices.Where(n => n.RoundId == _round && n.StoreId != null).Select(n => n.AccountId).Distinct().ToListAsync();
        _hq = (await HqNoticesAsync(factory, _round)).First(n => n.Language == NoticeLanguages.Chinese && withStores.Contains(n.AccountId));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync(Url(_hq.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Account/SignIn");
    }

    [Fact]
    public async Task Those_who_see_the_account_read_the_notice()
    {
        foreach (var reader in new[] { MarketManager, "approver", "admin", _hq.ManagerUserName })
        {
            var response = await (await factory.SignedInClientAsync(reader)).GetAsync(Url(_hq.Id));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, reader);
            (await response.Content.ReadAsStringAsync()).ShouldContain("data-testid=\"notice-sheet\"", customMessage: reader);
        }
    }

    [Theory]
    [InlineData("mm.west")]
    [InlineData("mm.north")]
    [InlineData("am.west1")]
    [InlineData("other east manager")]
    public async Task Everyone_else_gets_404_for_the_HQ_notice_and_its_store_notices(string reader)
    {
        var store = await StoreNoticeAsync(factory, _round, _hq.AccountId);
        var client = await factory.SignedInClientAsync(reader == "other east manager" ? OtherEastManager(_hq.ManagerUserName) : reader);

        (await client.GetAsync(Url(_hq.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync(Url(store.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("99999999")]
    [InlineData("99999999999")]
    [InlineData("1%27%20OR%201%3D1--")]
    public async Task Addresses_that_are_not_a_notice_give_404(string id)
    {
        var response = await (await factory.SignedInClientAsync("admin")).GetAsync($"/Allocations/Notices/{id}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_HQ_notice_says_what_the_chain_gets_and_why_lists_its_stores_and_links_back_to_its_round()
    {
        var html = await (await factory.SignedInClientAsync(MarketManager)).GetStringAsync(Url(_hq.Id));

        await using var db = factory.CreateDbContext();
        var notice = await db.AllocationNotices.AsNoTracking().SingleAsync(n => n.Id == _hq.Id);
        var stores = await db.AllocationNotices.CountAsync(n => n.RoundId == _round && n.AccountId == _hq.AccountId && n.StoreId != null);
        html.ShouldContain("lang=\"zh-Hans\" data-testid=\"notice-sheet\"");
        html.ShouldContain("紧俏货源分配书面告知书");
        html.ShouldContain($"<dd data-testid=\"notice-packs\">{notice.Packs:#,##0}</dd>");
        html.ShouldContain($"<dd data-testid=\"notice-units\">{notice.Units:#,##0}</dd>");
        html.ShouldContain("分配依据");
        html.ShouldContain("公平、公正、公开");
        Regex.Count(html, "data-testid=\"notice-store-row\"").ShouldBe(stores);
        html.ShouldContain($"href=\"/Allocations/{_round}\"");
        html.ShouldContain("data-print");
        html.ShouldNotContain("data-testid=\"notice-signature\"");
    }

    [Fact]
    public async Task A_store_notice_has_lines_for_the_store_contact_to_sign_until_it_is_handed_over()
    {
        var store = await StoreNoticeAsync(factory, _round, _hq.AccountId);
        var client = await factory.SignedInClientAsync(store.ManagerUserName);

        var html = await client.GetStringAsync(Url(store.Id));

        html.ShouldContain("data-testid=\"notice-signature\"");
        html.ShouldNotContain("data-testid=\"notice-stores\"");
        html.ShouldContain("尚未交付。");
    }

    [Fact]
    public async Task The_notice_keeps_its_own_language_when_the_reader_reads_the_app_in_another()
    {
        var round = await ApprovedRoundAsync(factory, await EnglishAccountAsync());
        var english = (await HqNoticesAsync(factory, round)).First(n => n.Language == NoticeLanguages.English);
        var client = await factory.SignedInClientAsync(MarketManager);
        await client.PostFormAsync("/Culture", new() { ["culture"] = "zh-Hans", ["returnUrl"] = Url(english.Id) }, formPage: Url(english.Id));

        var html = await client.GetStringAsync(Url(english.Id));

        html.ShouldContain("<html lang=\"zh-Hans\">");
        html.ShouldContain("退出登录");
        html.ShouldContain("按该客户的告知书语言以英文撰写。");
        html.ShouldContain("lang=\"en\" data-testid=\"notice-sheet\"");
        html.ShouldContain("<dt>Packs</dt>");
        html.ShouldContain("Scarce-stock allocation notice");
        html.ShouldContain("How this quantity was decided");
    }

    [Fact]
    public async Task A_notice_of_a_corrected_round_says_so_and_links_to_the_later_round()
    {
        var round = await ApprovedRoundAsync(factory);
        var notice = (await HqNoticesAsync(factory, round))[0];
        var later = await SupersedeAsync(factory, round);

        var html = await (await factory.SignedInClientAsync("approver")).GetStringAsync(Url(notice.Id));

        html.ShouldContain("data-testid=\"notice-replaced\"");
        html.ShouldContain($"href=\"/Allocations/{later}\"");
        html.ShouldContain("data-testid=\"notice-superseded\"");
    }

    [Fact]
    public async Task All_notices_of_a_chain_print_together_the_HQ_s_first_for_those_who_see_the_chain()
    {
        await using var db = factory.CreateDbContext();
        var expected = await db.AllocationNotices.AsNoTracking().Where(n => n.RoundId == _round && n.AccountId == _hq.AccountId)
            .OrderBy(n => n.StoreId != null).Select(n => n.Id).ToListAsync();
        var chainUrl = $"/Allocations/{_round}/Notices/{_hq.AccountId}";

        foreach (var reader in new[] { MarketManager, _hq.ManagerUserName })
        {
            var html = await (await factory.SignedInClientAsync(reader)).GetStringAsync(chainUrl);
            var sheets = NoticeIds().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            sheets.Count.ShouldBe(expected.Count, reader);
            sheets[0].ShouldBe(expected[0], reader);
            sheets.Order().ShouldBe(expected.Order(), reader);
        }
        foreach (var stranger in new[] { "mm.west", OtherEastManager(_hq.ManagerUserName) })
            (await (await factory.SignedInClientAsync(stranger)).GetAsync(chainUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound, stranger);
        var admin = await factory.SignedInClientAsync("admin");
        (await admin.GetAsync($"/Allocations/{_round}/Notices/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync($"/Allocations/999999/Notices/{_hq.AccountId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("data-testid=\"notice-sheet\" data-notice-id=\"(\\d+)\"")]
    private static partial Regex NoticeIds();

    private static string Url(int noticeId) => $"/Allocations/Notices/{noticeId}";

    private async Task<Dictionary<int, string>> EnglishAccountAsync()
    {
        await using var db = factory.CreateDbContext();
        var account = await db.Accounts.Where(a => a.District!.Code == "E" && a.State == GroupCrm.Core.Onboarding.AccountState.Active && a.BuyerContacts.Any())
            .OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
        return new() { [account] = NoticeLanguages.English };
    }
}
