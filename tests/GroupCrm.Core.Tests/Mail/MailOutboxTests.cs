using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Tests.Mail;

/// <summary>Queueing: once per kind and key, bad addresses held with a reason, and what a person may do to a message.</summary>
public sealed class MailOutboxTests : IAsyncLifetime
{
    private MailWorld _w = null!;

    public async Task InitializeAsync()
    {
        _w = await MailWorld.CreateAsync();
        await _w.Smtp.StartAsync();
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Queueing_the_same_kind_and_key_twice_makes_one_message()
    {
        var first = await _w.EnqueueAsync(MailWorld.Letter("17"));
        var again = await _w.EnqueueAsync(MailWorld.Letter("17") with { Subject = "Changed subject" });
        var other = await _w.EnqueueAsync(MailWorld.Letter("17") with { Kind = "allocation-notice" });

        (first.Created, again.Created, other.Created).ShouldBe((true, false, true));
        again.Id.ShouldBe(first.Id);
        var rows = await _w.MessagesAsync();
        rows.Count.ShouldBe(2);
        rows[0].Subject.ShouldBe("Sales review 17");
        rows[0].MessageId.ShouldBe("<letter.17@groupcrm>");
    }

    [Fact]
    public async Task Queueing_the_same_thing_from_many_requests_at_once_makes_one_message()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _w.EnqueueAsync(MailWorld.Letter("same")))));

        results.Count(r => r.Created).ShouldBe(1);
        results.Select(r => r.Id).Distinct().ShouldHaveSingleItem();
        (await _w.MessagesAsync()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Queueing_a_message_already_sent_does_not_send_it_again()
    {
        await _w.EnqueueAsync(MailWorld.Letter("once"));
        await _w.DeliverAsync();

        var again = await _w.EnqueueAsync(MailWorld.Letter("once"));
        await _w.DeliverAsync();

        (again.Created, again.State).ShouldBe((false, MailState.Sent));
        _w.Smtp.Received().ShouldHaveSingleItem();
    }

    [Fact]
    public async Task An_invalid_address_holds_that_message_with_its_reason_and_the_others_are_still_sent()
    {
        var held = await _w.EnqueueAsync(MailWorld.Letter("bad", "good@chain.example", "wang.at.hualian"));
        var badCopy = await _w.EnqueueAsync(MailWorld.Letter("bad-cc") with { Cc = ["am@"] });
        var nobody = await _w.EnqueueAsync(MailWorld.Letter("nobody") with { To = [] });
        await _w.EnqueueAsync(MailWorld.Letter("fine-1"));
        await _w.EnqueueAsync(MailWorld.Letter("fine-2"));

        var report = await _w.DeliverAsync();

        (held.State, held.HeldReason).ShouldBe((MailState.Held, "The recipient address \"wang.at.hualian\" is not a valid e-mail address."));
        badCopy.HeldReason.ShouldBe("The copy address \"am@\" is not a valid e-mail address.");
        nobody.HeldReason.ShouldBe("The message has no recipient.");
        report.Sent.ShouldBe(2);
        _w.Smtp.Received().Select(m => m.Subject).ShouldBe(["Sales review fine-1", "Sales review fine-2"], ignoreOrder: true);
        var row = await _w.MessageAsync(held.Id);
        (row.State, row.Attempts, row.LastError).ShouldBe((MailState.Held, 0, held.HeldReason));
        (await _w.CountsAsync()).ShouldBe(new Dictionary<MailState, int>
        {
            [MailState.Pending] = 0, [MailState.Sending] = 0, [MailState.Sent] = 2,
            [MailState.Failed] = 0, [MailState.Held] = 3, [MailState.Unknown] = 0,
        });
    }

    [Fact]
    public async Task A_held_message_stays_held_on_retry_until_it_is_queued_again_with_a_good_address()
    {
        var held = await _w.EnqueueAsync(MailWorld.Letter("fix-me", "wang.at.hualian"));

        var retry = await _w.RetryAsync(held.Id);
        var fixedUp = await _w.EnqueueAsync(MailWorld.Letter("fix-me", "wang@hualian.example"));
        await _w.DeliverAsync();

        retry.Succeeded.ShouldBeFalse();
        retry.Error.ShouldBe("The message is still held: {0}");
        retry.Arguments.ShouldBe([held.HeldReason!]);
        (fixedUp.Id, fixedUp.Created, fixedUp.State).ShouldBe((held.Id, true, MailState.Pending));
        _w.Smtp.Received().ShouldHaveSingleItem().To.ShouldBe([new MailboxName("wang@hualian.example", "")]);
        (await _w.MessageAsync(held.Id)).State.ShouldBe(MailState.Sent);
    }

    [Fact]
    public async Task Only_failed_held_or_unknown_messages_can_be_retried_and_only_unknown_ones_marked_as_sent()
    {
        var pending = await _w.EnqueueAsync(MailWorld.Letter("pending"));

        var retry = await _w.RetryAsync(pending.Id);
        var mark = await _w.MarkSentAsync(pending.Id);
        var missing = await _w.RetryAsync(999_999);

        retry.Error.ShouldBe("Only a failed, held or unknown message can be sent again.");
        mark.Error.ShouldBe("Only a message whose delivery is unknown can be marked as sent.");
        missing.NotFound.ShouldBeTrue();
        (await _w.MessageAsync(pending.Id)).State.ShouldBe(MailState.Pending);
    }

    [Fact]
    public async Task The_subject_is_kept_on_one_line_and_the_Message_ID_is_made_from_kind_and_key()
    {
        var queued = await _w.EnqueueAsync(MailWorld.Letter("2026-05/17") with { Subject = "Line one\r\nBcc: someone@evil.example" });

        var row = await _w.MessageAsync(queued.Id);

        row.Subject.ShouldBe("Line one Bcc: someone@evil.example");
        row.MessageId.ShouldBe("<letter.2026-05-17@groupcrm>");
        row.FromAddress.ShouldBe("GroupCrm <crm@groupcrm.example>");
    }
}
