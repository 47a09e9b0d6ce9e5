using System.Net.Mail;
using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Tests.Mail;

/// <summary>Delivery to a real SMTP server process: what arrives, and over how many connections.</summary>
public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private MailWorld _w = null!;

    public async Task InitializeAsync()
    {
        _w = await MailWorld.CreateAsync();
        await _w.Smtp.StartAsync();
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task A_message_arrives_with_both_parts_its_recipients_its_Message_ID_and_Chinese_text_intact()
    {
        var queued = await _w.EnqueueAsync(new MailRequest("letter", "42",
            ["王采购 <wang.buyer@hualian.example>", "li.buyer@hualian.example"],
            "华联超市 2026年5月销售回顾", "王经理您好：\n五月销量 1,234 箱，较计划 +5%。")
        {
            Cc = ["am.east1@groupcrm.example"],
            HtmlBody = "<p>王经理您好：</p><p>五月销量 <b>1,234</b> 箱，较计划 +5%。</p>",
            MessageId = "<letter.42@groupcrm>",
        });

        var report = await _w.DeliverAsync();

        report.ShouldBe(new DeliveryReport(1, 1, 0, 0, 0));
        var mail = _w.Smtp.Received().ShouldHaveSingleItem();
        mail.MessageId.ShouldBe("<letter.42@groupcrm>");
        mail.Subject.ShouldBe("华联超市 2026年5月销售回顾");
        mail.From.ShouldBe([new MailboxName("crm@groupcrm.example", "GroupCrm")]);
        mail.To.ShouldBe([new MailboxName("wang.buyer@hualian.example", "王采购"), new MailboxName("li.buyer@hualian.example", "")]);
        mail.Cc.ShouldBe([new MailboxName("am.east1@groupcrm.example", "")]);
        mail.RcptTos.ShouldBe(["wang.buyer@hualian.example", "li.buyer@hualian.example", "am.east1@groupcrm.example"], ignoreOrder: true);
        mail.ContentType.ShouldBe("multipart/alternative");
        mail.Parts.Select(p => p.Type).ShouldBe(["text/plain", "text/html"]);
        mail.Part("text/plain").Normalised.ShouldBe("王经理您好：\n五月销量 1,234 箱，较计划 +5%。");
        mail.Part("text/html").Normalised.ShouldBe("<p>王经理您好：</p><p>五月销量 <b>1,234</b> 箱，较计划 +5%。</p>");
        mail.Parts.ShouldAllBe(p => p.Charset == "utf-8");

        var row = await _w.MessageAsync(queued.Id);
        (row.State, row.Attempts, row.SentAt, row.LastError).ShouldBe((MailState.Sent, 1, (DateTimeOffset?)MailWorld.Start, (string?)null));
    }

    [Fact]
    public async Task A_message_without_HTML_is_plain_text_only()
    {
        await _w.EnqueueAsync(new MailRequest("quota-reminder", "7:2026-W24", ["am.east1@groupcrm.example"], "本周拜访缺口", "还差 3 次门店拜访。"));

        await _w.DeliverAsync();

        var mail = _w.Smtp.Received().ShouldHaveSingleItem();
        mail.ContentType.ShouldBe("text/plain");
        mail.Parts.ShouldHaveSingleItem().Normalised.ShouldBe("还差 3 次门店拜访。");
        mail.MessageId.ShouldBe("<quota-reminder.7-2026-W24@groupcrm>");
    }

    [Fact]
    public async Task Fifty_messages_go_over_one_connection_and_each_arrives_once()
    {
        for (var i = 1; i <= 50; i++) await _w.EnqueueAsync(MailWorld.Letter($"batch-{i}", $"buyer{i}@chain.example"));

        var report = await _w.DeliverAsync();

        report.Sent.ShouldBe(50);
        var received = _w.Smtp.Received();
        received.Count.ShouldBe(50);
        received.Select(m => m.MessageId).Distinct().Count().ShouldBe(50);
        received.Select(m => m.PeerPort).Distinct().ShouldHaveSingleItem();
        (await _w.MessagesAsync()).ShouldAllBe(m => m.State == MailState.Sent && m.Attempts == 1);
        (await _w.DeliverAsync()).Claimed.ShouldBe(0);
        _w.Smtp.Received().Count.ShouldBe(50);
    }

    [Fact]
    public async Task An_open_System_Net_Mail_connection_can_be_switched_to_send_without_delay()
    {
        using var client = new SmtpClient("127.0.0.1", _w.Smtp.Port);

        var beforeConnecting = SmtpNoDelay.TryApply(client);
        using (var mail = new MailMessage("crm@groupcrm.example", "buyer@chain.example", "Hello", "Text"))
            await client.SendMailAsync(mail);
        var connected = SmtpNoDelay.TryApply(client);

        (beforeConnecting, connected).ShouldBe((false, true));
        _w.Smtp.Received().ShouldHaveSingleItem();
    }
}
