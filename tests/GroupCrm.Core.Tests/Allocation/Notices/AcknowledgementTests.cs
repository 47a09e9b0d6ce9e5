using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>
/// The e-mailed link: opening it shows the notice and records nothing; the form records who and when, once.
/// Every refused link (tampered, expired, another notice's, a replaced notice's) records nothing.
/// </summary>
public sealed class AcknowledgementTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private NoticeWorld _world = null!;
    private TwoChainsAndOne _round = null!;
    private int _notice;
    private string _liToken = "";
    private string _wangToken = "";

    public async Task InitializeAsync()
    {
        _world = await NoticeWorld.CreateAsync(fixture);
        _round = await TwoChainsAndOne.CreateAsync(_world);
        _notice = (await _world.HqNoticeAsync(_round.RoundId, _round.A)).Id;
        var mails = await _world.MailsAsync(_notice);
        (_liToken, _wangToken) = (NoticeWorld.TokenIn(mails[0]), NoticeWorld.TokenIn(mails[1]));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Opening_the_link_shows_the_notice_with_the_buyers_name_and_records_nothing()
    {
        var page = await _world.OpenAsync(_notice, _liToken);

        (page.Refusal, page.CanAcknowledge, page.Language, page.ContactName).ShouldBe((AckRefusal.None, true, "zh-Hans", "李采购"));
        page.Notice!.NoticeId.ShouldBe(_notice);
        page.Notice.Paragraphs.ShouldContain(p => p.Contains("本月分得57件（570条）"));
        await NothingRecordedAsync();
    }

    [Fact]
    public async Task The_form_records_the_name_typed_the_time_and_the_buyer_whose_link_it_was()
    {
        _world.Clock.Advance(TimeSpan.FromDays(2));

        var outcome = await _world.AcknowledgeAsync(_notice, _liToken, "  李  小龙 ");

        outcome.Recorded.ShouldBeTrue();
        outcome.Errors.ShouldBeEmpty();
        outcome.Page.Notice!.Status.Lines.ShouldContain("已由李 小龙于2026-06-17 12:00确认收悉。");
        outcome.Page.CanAcknowledge.ShouldBeFalse();
        var notice = await _world.HqNoticeAsync(_round.RoundId, _round.A);
        (notice.AcknowledgedAt, notice.AcknowledgedByName, notice.AcknowledgedByContactId).ShouldBe((NoticeWorld.Now.AddDays(2), "李 小龙", (int?)_round.BuyerLi));
    }

    [Fact]
    public async Task A_link_works_once_the_first_acknowledgement_stands_and_the_page_says_who_and_when()
    {
        (await _world.AcknowledgeAsync(_notice, _liToken, "李采购")).Recorded.ShouldBeTrue();
        _world.Clock.Advance(TimeSpan.FromHours(1));

        var again = await _world.AcknowledgeAsync(_notice, _liToken, "Someone else");
        var otherBuyer = await _world.AcknowledgeAsync(_notice, _wangToken, "王经理");
        var opened = await _world.OpenAsync(_notice, _wangToken);

        again.Recorded.ShouldBeFalse();
        again.Page.Refusal.ShouldBe(AckRefusal.AlreadyAcknowledged);
        otherBuyer.Page.Refusal.ShouldBe(AckRefusal.AlreadyAcknowledged);
        (opened.Refusal, opened.CanAcknowledge).ShouldBe((AckRefusal.AlreadyAcknowledged, false));
        (opened.Notice!.Status.AcknowledgedByName, opened.Notice.Status.AcknowledgedAt).ShouldBe(("李采购", (DateTimeOffset?)NoticeWorld.Now));
        var notice = await _world.HqNoticeAsync(_round.RoundId, _round.A);
        (notice.AcknowledgedAt, notice.AcknowledgedByName, notice.AcknowledgedByContactId).ShouldBe((NoticeWorld.Now, "李采购", (int?)_round.BuyerLi));
    }

    [Fact]
    public async Task Two_buyers_acknowledging_at_once_record_one_acknowledgement()
    {
        var outcomes = await Task.WhenAll(
            _world.AcknowledgeAsync(_notice, _liToken, "李采购"),
            _world.AcknowledgeAsync(_notice, _wangToken, "王经理"));

        outcomes.Count(o => o.Recorded).ShouldBe(1);
        outcomes.Single(o => !o.Recorded).Page.Refusal.ShouldBe(AckRefusal.AlreadyAcknowledged);
        var notice = await _world.HqNoticeAsync(_round.RoundId, _round.A);
        notice.AcknowledgedByName.ShouldBe(outcomes.Single(o => o.Recorded).Page.Notice!.Status.AcknowledgedByName);
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_records_nothing()
    {
        _world.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromSeconds(1));

        var page = await _world.OpenAsync(_notice, _liToken);
        var outcome = await _world.AcknowledgeAsync(_notice, _liToken, "李采购");

        (page.Refusal, page.Notice, page.Language).ShouldBe((AckRefusal.Expired, (NoticeDocument?)null, "zh-Hans"));
        page.RefusalMessage.ShouldBe("This acknowledgement link has expired. Please contact your account manager.");
        (outcome.Recorded, outcome.Page.Refusal).ShouldBe((false, AckRefusal.Expired));
        await NothingRecordedAsync();
    }

    [Fact]
    public async Task A_genuine_link_speaks_the_notices_language_even_when_refused_and_a_forged_one_learns_nothing()
    {
        var b = await _world.HqNoticeAsync(_round.RoundId, _round.B);
        var maryToken = NoticeWorld.TokenIn((await _world.MailsAsync(b.Id)).Single());

        (await _world.OpenAsync(b.Id, maryToken)).Language.ShouldBe("en");
        _world.Clock.Advance(TimeSpan.FromDays(31));
        (await _world.OpenAsync(b.Id, maryToken)).ShouldBe(AckPage.Refused(AckRefusal.Expired, "en"));
        (await _world.OpenAsync(b.Id, "forged")).ShouldBe(AckPage.Refused(AckRefusal.InvalidToken, "zh-Hans"));
    }

    [Fact]
    public async Task A_link_still_works_on_its_last_day()
    {
        _world.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));

        (await _world.AcknowledgeAsync(_notice, _liToken, "李采购")).Recorded.ShouldBeTrue();
    }

    public static TheoryData<string?> BrokenTokens => new()
    {
        null, "", "   ", "abc", "not-a-token-at-all", "%%%", new string('A', 5_000), "CfDJ8" + new string('x', 200),
    };

    [Theory]
    [MemberData(nameof(BrokenTokens))]
    public async Task A_missing_or_garbled_token_is_refused_and_records_nothing(string? token)
    {
        var page = await _world.OpenAsync(_notice, token);
        var outcome = await _world.AcknowledgeAsync(_notice, token, "李采购");

        (page.Refusal, page.Notice).ShouldBe((AckRefusal.InvalidToken, (NoticeDocument?)null));
        (outcome.Recorded, outcome.Page.Refusal).ShouldBe((false, AckRefusal.InvalidToken));
        await NothingRecordedAsync();
    }

    [Fact]
    public async Task A_tampered_token_is_refused_and_records_nothing()
    {
        var middle = _liToken.Length / 2;
        var tampered = _liToken[..middle] + (_liToken[middle] == 'A' ? 'B' : 'A') + _liToken[(middle + 1)..];

        var outcome = await _world.AcknowledgeAsync(_notice, tampered, "李采购");
        var cut = await _world.AcknowledgeAsync(_notice, _liToken[..^4], "李采购");

        (outcome.Recorded, outcome.Page.Refusal).ShouldBe((false, AckRefusal.InvalidToken));
        (cut.Recorded, cut.Page.Refusal).ShouldBe((false, AckRefusal.InvalidToken));
        await NothingRecordedAsync();
    }

    [Fact]
    public async Task A_token_made_for_another_purpose_with_the_same_keys_is_refused()
    {
        var other = _world.Get<IDataProtectionProvider>().CreateProtector("GroupCrm.SomethingElse")
            .Protect($"{_notice}:{_round.BuyerLi}:{NoticeWorld.Now.AddDays(5).UtcTicks}");

        (await _world.AcknowledgeAsync(_notice, other, "李采购")).Page.Refusal.ShouldBe(AckRefusal.InvalidToken);
        await NothingRecordedAsync();
    }

    [Fact]
    public async Task A_genuine_token_for_another_notice_is_refused_and_neither_notice_is_recorded()
    {
        var b = await _world.HqNoticeAsync(_round.RoundId, _round.B);
        var maryToken = NoticeWorld.TokenIn((await _world.MailsAsync(b.Id)).Single());

        var page = await _world.OpenAsync(_notice, maryToken);
        var outcome = await _world.AcknowledgeAsync(_notice, maryToken, "Mary Chen");

        (page.Refusal, page.Notice).ShouldBe((AckRefusal.OtherNotice, (NoticeDocument?)null));
        (outcome.Recorded, outcome.Page.Refusal).ShouldBe((false, AckRefusal.OtherNotice));
        await NothingRecordedAsync();
        (await _world.HqNoticeAsync(_round.RoundId, _round.B)).AcknowledgedAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_notice_of_a_superseded_round_is_refused_as_replaced()
    {
        await _world.SetRoundStateAsync(_round.RoundId, RoundState.Superseded);

        var page = await _world.OpenAsync(_notice, _liToken);
        var outcome = await _world.AcknowledgeAsync(_notice, _liToken, "李采购");

        (page.Refusal, page.Notice).ShouldBe((AckRefusal.Superseded, (NoticeDocument?)null));
        page.RefusalMessage.ShouldBe("This notice has been replaced by a later notice. Please read and acknowledge the later notice instead.");
        outcome.Recorded.ShouldBeFalse();
        await NothingRecordedAsync();
    }

    [Fact]
    public async Task A_link_of_a_buyer_removed_from_the_chain_is_refused()
    {
        await using (var db = _world.Db())
            await db.BuyerContacts.Where(c => c.Id == _round.BuyerWang).ExecuteDeleteAsync();

        (await _world.AcknowledgeAsync(_notice, _wangToken, "王经理")).Page.Refusal.ShouldBe(AckRefusal.ContactRemoved);
        await NothingRecordedAsync();
    }

    [Fact]
    public async Task A_token_for_a_store_notice_or_a_notice_that_does_not_exist_finds_no_notice()
    {
        var links = _world.Get<AcknowledgementLinks>();
        var store = await _world.StoreNoticeAsync(_round.RoundId, _round.A1);
        var forStore = links.TokenFor(store.Id, _round.BuyerLi, NoticeWorld.Now.AddDays(1));
        var forNothing = links.TokenFor(int.MaxValue, _round.BuyerLi, NoticeWorld.Now.AddDays(1));

        (await _world.OpenAsync(store.Id, forStore)).Refusal.ShouldBe(AckRefusal.NoSuchNotice);
        (await _world.AcknowledgeAsync(store.Id, forStore, "李采购")).Recorded.ShouldBeFalse();
        (await _world.OpenAsync(int.MaxValue, forNothing)).Refusal.ShouldBe(AckRefusal.NoSuchNotice);
        (await _world.StoreNoticeAsync(_round.RoundId, _round.A1)).AcknowledgedAt.ShouldBeNull();
    }

    public static TheoryData<string?, string> BadNames => new()
    {
        { null, NoticeAcknowledgements.NameRequiredMessage },
        { "", NoticeAcknowledgements.NameRequiredMessage },
        { " \t\r\n ", NoticeAcknowledgements.NameRequiredMessage },
        { new string('名', 101), NoticeAcknowledgements.NameTooLongMessage },
        { "李\u0000采购", "The name may not contain control characters." },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task A_missing_or_unusable_name_is_sent_back_to_the_form_and_nothing_is_recorded(string? name, string message)
    {
        var outcome = await _world.AcknowledgeAsync(_notice, _liToken, name);

        outcome.Recorded.ShouldBeFalse();
        outcome.Errors.Select(e => (e.Field, e.Message)).ShouldBe([("Name", message)]);
        (outcome.Page.Refusal, outcome.Page.CanAcknowledge).ShouldBe((AckRefusal.None, true));
        await NothingRecordedAsync();
    }

    [Fact]
    public async Task Markup_in_the_name_is_stored_as_text()
    {
        (await _world.AcknowledgeAsync(_notice, _liToken, "<script>alert(1)</script>")).Recorded.ShouldBeTrue();

        (await _world.HqNoticeAsync(_round.RoundId, _round.A)).AcknowledgedByName.ShouldBe("<script>alert(1)</script>");
    }

    private async Task NothingRecordedAsync()
    {
        await using var db = _world.Db();
        (await db.AllocationNotices.CountAsync(n => n.RoundId == _round.RoundId && (n.AcknowledgedAt != null || n.AcknowledgedByName != null || n.AcknowledgedByContactId != null))).ShouldBe(0);
    }
}
