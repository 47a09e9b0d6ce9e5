using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Tests.Mail;

namespace GroupCrm.Core.Tests.Letters.Review;

/// <summary>Approved letters through the outbox to a real SMTP server process: what arrives, and the letter that cannot go.</summary>
public sealed class LetterMailTests : IAsyncLifetime
{
    private ReviewWorld _w = null!;

    public async Task InitializeAsync()
    {
        _w = await ReviewWorld.CreateAsync();
        await _w.Smtp.StartAsync();
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task An_approved_letter_arrives_with_both_parts_to_every_buyer_with_the_manager_in_copy_and_its_own_Message_ID()
    {
        var account = await _w.AccountAsync("<script>alert('chain')</script>华联", "<script>alert('chain')</script>Hualian");
        await _w.BuyerAsync(account, "王芳", "wang.fang@hualian.example");
        await _w.BuyerAsync(account, "Li, \"Purchasing\"", "li@hualian.example");
        var id = await _w.LetterAsync(account);
        await _w.SaveNoteAsync(_w.People.Manager, id, "Thanks <script>alert('note')</script> & see you soon", null);
        (await _w.ApproveAsync(_w.People.Manager, id)).Succeeded.ShouldBeTrue();

        (await _w.DeliverAsync()).Sent.ShouldBe(1);

        var mail = _w.Smtp.Received().ShouldHaveSingleItem();
        mail.MessageId.ShouldBe($"<letter.{id}@groupcrm>");
        mail.To.ShouldBe([new MailboxName("wang.fang@hualian.example", "王芳"), new MailboxName("li@hualian.example", "Li, Purchasing")]);
        mail.Cc.ShouldBe([new MailboxName(_w.ManagerEmail, $"am {_w.People.Tag}")]);
        mail.ContentType.ShouldBe("multipart/alternative");
        mail.Parts.Select(p => p.Type).ShouldBe(["text/plain", "text/html"]);
        mail.Subject.ShouldContain("<script>alert('chain')</script>Hualian"); // a subject is text, not HTML
        var text = mail.Part("text/plain").Normalised;
        text.ShouldContain("Thanks <script>alert('note')</script> & see you soon");
        var html = mail.Part("text/html").Text;
        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;alert(");
        html.ShouldContain("Hualian");
        var row = await _w.LetterRowAsync(id);
        (text, html.Replace("\r\n", "\n").TrimEnd('\n')).ShouldBe((row.TextBody!.Replace("\r\n", "\n").TrimEnd('\n'), row.HtmlBody!.Replace("\r\n", "\n").TrimEnd('\n')));

        var shown = (await _w.GetAsync(_w.People.Manager, id))!;
        var delivery = shown.Delivery.ShouldNotBeNull();
        (delivery.State, delivery.Attempts, delivery.SentAt, delivery.MessageIdHeader).ShouldBe((MailState.Sent, 1, (DateTimeOffset?)ReviewWorld.Now, $"<letter.{id}@groupcrm>"));
        (shown.Can.SendAgain, shown.Can.MarkArrived).ShouldBe((true, false));
    }

    [Fact]
    public async Task A_letter_to_an_invalid_buyer_address_is_held_with_the_reason_while_another_accounts_letter_is_sent()
    {
        var held = await _w.DraftAsync("坏地址连锁", buyerEmail: "wang at hualian");
        var fine = await _w.DraftAsync("好地址连锁", buyerEmail: "buyer@good.example");

        (await _w.ApproveAsync(_w.People.Manager, held)).Succeeded.ShouldBeTrue(); // approved: the letter is right, its address is not
        (await _w.ApproveAsync(_w.People.Manager, fine)).Succeeded.ShouldBeTrue();
        (await _w.DeliverAsync()).Sent.ShouldBe(1);

        _w.Smtp.Received().ShouldHaveSingleItem().MessageId.ShouldBe($"<letter.{fine}@groupcrm>");
        var message = (await _w.MessageAsync(held))!;
        message.State.ShouldBe(MailState.Held);
        message.LastError.ShouldBe("The recipient address \"\"Wang Fang\" <wang at hualian>\" is not a valid e-mail address.");
        var letter = (await _w.GetAsync(_w.People.Manager, held))!;
        letter.Delivery!.State.ShouldBe(MailState.Held);
        letter.Delivery.LastError.ShouldBe(message.LastError);
        letter.Buyers.ShouldHaveSingleItem().IsUsable.ShouldBeFalse();
        letter.Can.SendAgain.ShouldBeTrue();
        var list = await _w.ListAsync(_w.People.Manager);
        list.NeedingAttention.ShouldBe(1);
        list.Rows.Single(r => r.Id == held).DeliveryProblem.ShouldBe(message.LastError);
    }

    [Fact]
    public async Task A_held_letter_sent_again_after_its_contact_is_corrected_goes_to_the_corrected_address()
    {
        var id = await _w.DraftAsync(buyerEmail: "wang.hualian.example");
        await _w.ApproveAsync(_w.People.Manager, id);
        var contact = (await _w.GetAsync(_w.People.Manager, id))!.Buyers.Single().ContactId;

        var still = await _w.ResendAsync(_w.People.Manager, id);
        still.Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.StillHeld);
        await _w.SetBuyerEmailAsync(contact, "wang@hualian.example");
        (await _w.ResendAsync(_w.People.Manager, id)).Succeeded.ShouldBeTrue();
        (await _w.DeliverAsync()).Sent.ShouldBe(1);

        var mail = _w.Smtp.Received().ShouldHaveSingleItem();
        mail.To.ShouldBe([new MailboxName("wang@hualian.example", "Wang Fang")]);
        mail.MessageId.ShouldBe($"<letter.{id}@groupcrm>");
        (await _w.MessageAsync(id))!.State.ShouldBe(MailState.Sent);
    }

    [Fact]
    public async Task A_sent_letter_sent_again_arrives_a_second_time_as_the_same_message_and_the_letter_itself_does_not_change()
    {
        var id = await _w.DraftAsync();
        await _w.ApproveAsync(_w.People.Manager, id);
        await _w.DeliverAsync();
        var letter = await _w.LetterRowAsync(id);

        (await _w.ResendAsync(_w.People.Manager, id)).Succeeded.ShouldBeTrue();
        (await _w.MessageAsync(id))!.State.ShouldBe(MailState.Pending);
        (await _w.ResendAsync(_w.People.Manager, id)).Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.OnItsWay);
        _w.Clock.Advance(TimeSpan.FromMinutes(5));
        (await _w.DeliverAsync()).Sent.ShouldBe(1);

        var received = _w.Smtp.Received();
        received.Count.ShouldBe(2);
        received.Select(m => m.MessageId).Distinct().ShouldHaveSingleItem().ShouldBe($"<letter.{id}@groupcrm>");
        received[0].Part("text/plain").Text.ShouldBe(received[1].Part("text/plain").Text);
        var message = (await _w.MessageAsync(id))!;
        (message.State, message.SentAt).ShouldBe((MailState.Sent, (DateTimeOffset?)ReviewWorld.Now.AddMinutes(5)));
        var after = await _w.LetterRowAsync(id);
        (after.Version, after.TextBody, after.ApprovedAt).ShouldBe((letter.Version, letter.TextBody, letter.ApprovedAt));
    }

    [Fact]
    public async Task A_month_without_sales_gives_a_letter_that_says_so()
    {
        var id = await _w.DraftAsync(withSales: false);
        (await _w.GetAsync(_w.People.Manager, id))!.HasSales.ShouldBeFalse();
        await _w.ApproveAsync(_w.People.Manager, id);

        await _w.DeliverAsync();

        var mail = _w.Smtp.Received().ShouldHaveSingleItem();
        mail.Part("text/plain").Normalised.ShouldContain("No sales for May 2026 had been received when this letter was drafted.");
        mail.Part("text/html").Text.ShouldContain("No sales for May 2026 had been received");
        mail.Part("text/plain").Normalised.ShouldNotContain("Total: 0 units");
    }

    [Fact]
    public async Task Sending_again_is_refused_for_a_letter_that_is_not_approved()
    {
        var id = await _w.DraftAsync();

        (await _w.ResendAsync(_w.People.Manager, id)).Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.NotApproved);
        (await _w.MarkArrivedAsync(_w.People.Manager, id)).Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.NotApproved);
        (await _w.MessageAsync(id)).ShouldBeNull();
    }
}
