using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Tests.Letters.Review;

/// <summary>
/// Approved letters when the mail server is down or the sending worker dies: they wait with back-off and each
/// arrives once; the one letter that was being handed over when the worker died is shown for a person to decide.
/// </summary>
public sealed class LetterOutageTests : IAsyncLifetime
{
    private ReviewWorld _w = null!;

    public async Task InitializeAsync() => _w = await ReviewWorld.CreateAsync(new() { ["Mail:Outbox:MaxAttempts"] = "5" });

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task While_the_mail_server_is_down_letters_wait_with_back_off_and_each_arrives_once_it_is_back()
    {
        var ids = new List<int>();
        for (var i = 1; i <= 3; i++)
        {
            var id = await _w.DraftAsync($"连锁 {i}", buyerEmail: $"buyer{i}@chain.example");
            (await _w.ApproveAsync(_w.People.Manager, id)).Succeeded.ShouldBeTrue();
            ids.Add(id);
        }

        (await _w.DeliverAsync()).Retrying.ShouldBe(3);
        var waiting = (await _w.GetAsync(_w.People.Manager, ids[0]))!.Delivery!;
        (waiting.State, waiting.Attempts, waiting.NextAttemptAt).ShouldBe((MailState.Pending, 1, ReviewWorld.Now.AddMinutes(1)));
        waiting.LastError.ShouldNotBeNull().ShouldContain("Failure sending mail");
        _w.Clock.Advance(TimeSpan.FromMinutes(1));
        (await _w.DeliverAsync()).Retrying.ShouldBe(3);
        (await _w.MessageAsync(ids[0]))!.NextAttemptAt.ShouldBe(ReviewWorld.Now.AddMinutes(1 + 2));

        await _w.Smtp.StartAsync();
        _w.Clock.Advance(TimeSpan.FromMinutes(1));
        (await _w.DeliverAsync()).Claimed.ShouldBe(0); // still waiting out its back-off
        _w.Clock.Advance(TimeSpan.FromMinutes(1));
        (await _w.DeliverAsync()).Sent.ShouldBe(3);
        _w.Clock.Advance(TimeSpan.FromHours(3));
        (await _w.DeliverAsync()).Claimed.ShouldBe(0);

        _w.Smtp.Received().Select(m => m.MessageId).ShouldBe(ids.Select(LetterDelivery.MessageIdOf), ignoreOrder: true);
        foreach (var id in ids) (await _w.MessageAsync(id))!.State.ShouldBe(MailState.Sent);
    }

    [Fact]
    public async Task A_letter_whose_every_attempt_failed_is_shown_as_failed_and_sent_again_by_its_manager()
    {
        var id = await _w.DraftAsync();
        await _w.ApproveAsync(_w.People.Manager, id);
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await _w.DeliverAsync();
            _w.Clock.Advance(TimeSpan.FromHours(1));
        }
        var failed = (await _w.GetAsync(_w.People.Manager, id))!;
        (failed.Delivery!.State, failed.Delivery.Attempts, failed.Can.SendAgain).ShouldBe((MailState.Failed, 5, true));
        (await _w.ListAsync(_w.People.Manager)).NeedingAttention.ShouldBe(1);

        await _w.Smtp.StartAsync();
        (await _w.ResendAsync(_w.People.Manager, id)).Succeeded.ShouldBeTrue();
        (await _w.DeliverAsync()).Sent.ShouldBe(1);

        _w.Smtp.Received().ShouldHaveSingleItem().MessageId.ShouldBe(LetterDelivery.MessageIdOf(id));
    }

    [Fact]
    public async Task A_worker_killed_while_sending_leaves_no_duplicate_and_the_letter_in_doubt_is_shown_for_a_person_to_decide()
    {
        await _w.Smtp.StartAsync();
        var inFlight = await _w.DraftAsync("发送中连锁", buyerEmail: "a@chain.example");
        var claimed = await _w.DraftAsync("已领取连锁", buyerEmail: "b@chain.example");
        var settled = await _w.DraftAsync("已确认连锁", buyerEmail: "c@chain.example");
        foreach (var id in new[] { inFlight, claimed, settled }) await _w.ApproveAsync(_w.People.Manager, id);
        // As the dead worker left them: two handed to the server 11 minutes ago, one claimed and not yet started.
        await _w.LeaveMessageAsync(inFlight, MailState.Sending, TimeSpan.FromMinutes(11));
        await _w.LeaveMessageAsync(settled, MailState.Sending, TimeSpan.FromMinutes(11));
        await _w.LeaveMessageAsync(claimed, MailState.Pending, TimeSpan.FromMinutes(11));

        var report = await _w.DeliverAsync();

        (report.Interrupted, report.Sent).ShouldBe((2, 1));
        _w.Smtp.Received().ShouldHaveSingleItem().MessageId.ShouldBe(LetterDelivery.MessageIdOf(claimed));
        var doubt = (await _w.GetAsync(_w.People.Manager, inFlight))!;
        doubt.Delivery!.State.ShouldBe(MailState.Unknown);
        doubt.Delivery.LastError.ShouldBe(OutboxDelivery.InterruptedMessage);
        (doubt.Can.SendAgain, doubt.Can.MarkArrived).ShouldBe((true, true));
        _w.Clock.Advance(TimeSpan.FromDays(1));
        (await _w.DeliverAsync()).Sent.ShouldBe(0); // never sent again on its own

        // One buyer says it never came, the other that it did.
        (await _w.ResendAsync(_w.People.Manager, inFlight)).Succeeded.ShouldBeTrue();
        (await _w.MarkArrivedAsync(_w.People.Manager, settled)).Succeeded.ShouldBeTrue();
        (await _w.DeliverAsync()).Sent.ShouldBe(1);

        _w.Smtp.Received().Select(m => m.MessageId).ShouldBe([LetterDelivery.MessageIdOf(claimed), LetterDelivery.MessageIdOf(inFlight)], ignoreOrder: true);
        (await _w.MessageAsync(settled))!.State.ShouldBe(MailState.Sent);
        (await _w.MarkArrivedAsync(_w.People.Manager, settled)).Errors.ShouldHaveSingleItem().Message.ShouldBe(LetterMessages.NotUnknown);
    }
}
