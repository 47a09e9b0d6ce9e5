using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>Approval issues a notice per HQ and per store, and e-mails each HQ notice to every buyer with their own link.</summary>
public sealed class IssuingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private NoticeWorld _world = null!;

    public async Task InitializeAsync() => _world = await NoticeWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task One_hq_notice_per_account_line_and_one_per_store_line_in_the_accounts_language()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);

        var notices = await _world.NoticesAsync(r.RoundId);

        notices.Select(n => (n.AccountId, n.StoreId, n.Packs, n.Units, n.Language)).ShouldBe(
        [
            (r.A, null, 57L, 570L, "zh-Hans"),
            (r.A, r.A1, 43, 430, "zh-Hans"),
            (r.A, r.A2, 14, 140, "zh-Hans"),
            (r.B, null, 29, 290, "en"),
            (r.B, r.B1, 29, 290, "en"),
            (r.C, null, 14, 140, "zh-Hans"),
        ], ignoreOrder: true);
        notices.ShouldAllBe(n => n.IssuedAt == NoticeWorld.Now && n.AcknowledgedAt == null && n.HandedOverAt == null);
    }

    [Fact]
    public async Task Each_buyer_gets_one_message_with_their_own_link_and_the_notice_text()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var hq = await _world.HqNoticeAsync(r.RoundId, r.A);

        var mails = await _world.MailsAsync(hq.Id);

        mails.Select(m => (m.SubjectKey, m.ToAddresses.Single(), m.State)).ShouldBe(
        [
            ($"{hq.Id}:{r.BuyerLi}", "li@hualian.example", MailState.Pending),
            ($"{hq.Id}:{r.BuyerWang}", "wang@hualian.example", MailState.Pending),
        ]);
        hq.EmailedAt.ShouldBe(NoticeWorld.Now);
        var li = mails[0];
        li.Subject.ShouldStartWith("紧俏货源分配书面告知书：中华（软）");
        li.TextBody.ShouldContain("李采购，您好：");
        li.TextBody.ShouldContain("本月分得57件（570条）");
        li.TextBody.ShouldContain($"http://localhost:5080/Notices/{hq.Id}/Acknowledge?token=");
        li.HtmlBody!.ShouldContain($"href=\"http://localhost:5080/Notices/{hq.Id}/Acknowledge?token=");
        // Each link names its own buyer: the two tokens differ and each checks out for its buyer.
        var links = _world.Get<AcknowledgementLinks>();
        links.Check(hq.Id, NoticeWorld.TokenIn(mails[0])).ContactId.ShouldBe(r.BuyerLi);
        links.Check(hq.Id, NoticeWorld.TokenIn(mails[1])).ContactId.ShouldBe(r.BuyerWang);
    }

    [Fact]
    public async Task The_english_chain_gets_its_message_in_english()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var hq = await _world.HqNoticeAsync(r.RoundId, r.B);

        var mail = (await _world.MailsAsync(hq.Id)).Single();

        mail.Subject.ShouldBe($"Scarce-stock allocation notice: Zhonghua Soft ({_world.ProductCode}), June 2026");
        mail.TextBody.ShouldContain("Dear Mary Chen,");
        mail.TextBody.ShouldContain("Lianhua Supermarket receives 29 packs (290 units) this month.");
        mail.TextBody.ShouldContain("works until 2026-07-15 12:00");
    }

    [Fact]
    public async Task Store_notices_are_not_emailed_and_a_chain_without_buyers_is_not_emailed()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);

        var c = await _world.HqNoticeAsync(r.RoundId, r.C);
        var store = await _world.StoreNoticeAsync(r.RoundId, r.A1);

        c.EmailedAt.ShouldBeNull();
        (await _world.MailsAsync(c.Id)).ShouldBeEmpty();
        store.EmailedAt.ShouldBeNull();
        (await _world.MailsAsync(store.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_buyer_with_an_unusable_address_is_held_with_the_reason_and_the_others_still_go()
    {
        var account = await _world.AccountAsync("物美超市");
        var good = await _world.BuyerAsync(account, "赵采购", "zhao@wumart.example");
        var bad = await _world.BuyerAsync(account, "钱采购", "qian at wumart");
        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, [new PlannedAccount(account, 1, [])]));
        var hq = await _world.HqNoticeAsync(round, account);

        var mails = await _world.MailsAsync(hq.Id);

        mails.Select(m => (m.SubjectKey, m.State)).ShouldBe([($"{hq.Id}:{good}", MailState.Pending), ($"{hq.Id}:{bad}", MailState.Held)]);
        mails[1].LastError.ShouldBe("The recipient address \"qian at wumart\" is not a valid e-mail address.");
        hq.EmailedAt.ShouldBe(NoticeWorld.Now);
    }

    [Fact]
    public async Task A_notice_whose_every_buyer_address_is_unusable_is_not_counted_as_emailed()
    {
        var account = await _world.AccountAsync("物美超市");
        await _world.BuyerAsync(account, "钱采购", "qian at wumart");
        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, [new PlannedAccount(account, 1, [])]));

        var hq = await _world.HqNoticeAsync(round, account);

        hq.EmailedAt.ShouldBeNull();
        (await _world.MailsAsync(hq.Id)).Single().State.ShouldBe(MailState.Held);
    }

    [Fact]
    public async Task Issuing_a_round_again_changes_nothing()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var before = await _world.NoticesAsync(r.RoundId);
        _world.Clock.Advance(TimeSpan.FromHours(1));

        await _world.IssueAsync(r.RoundId);

        var after = await _world.NoticesAsync(r.RoundId);
        after.Select(n => (n.Id, n.IssuedAt, n.EmailedAt)).ShouldBe(before.Select(n => (n.Id, n.IssuedAt, n.EmailedAt)));
        (await _world.MailsAsync(after.First(n => n.AccountId == r.A && n.StoreId == null).Id)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Names_from_the_records_are_escaped_in_the_html_message()
    {
        var account = await _world.AccountAsync("<script>alert('x')</script>超市");
        var store = await _world.StoreAsync(account, "<b>店</b>");
        await _world.BuyerAsync(account, "<img src=x onerror=alert(1)>", "buyer@example.com");
        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, [new PlannedAccount(account, 1, [(store, 1)])]));
        var hq = await _world.HqNoticeAsync(round, account);

        var html = (await _world.MailsAsync(hq.Id)).Single().HtmlBody!;

        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("<b>");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldContain("&lt;img src=x onerror=alert(1)&gt;");
    }
}
