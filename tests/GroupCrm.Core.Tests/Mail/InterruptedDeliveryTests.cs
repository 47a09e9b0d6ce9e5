using GroupCrm.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace GroupCrm.Core.Tests.Mail;

/// <summary>
/// A worker killed half-way through a batch, and two workers at once. Each message leaves at most once:
/// the one message that was being handed over when the worker died is left for a person (Unknown), the
/// ones it had claimed but not started are sent by the next delivery.
/// </summary>
public sealed class InterruptedDeliveryTests : IAsyncLifetime
{
    private MailWorld _w = null!;

    public async Task InitializeAsync()
    {
        _w = await MailWorld.CreateAsync(new() { ["Mail:Outbox:BatchSize"] = "7" });
        await _w.Smtp.StartAsync();
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task A_worker_killed_while_sending_leaves_that_message_Unknown_and_the_rest_of_its_batch_is_sent_once()
    {
        var inFlight = (await _w.EnqueueAsync(MailWorld.Letter("in-flight"))).Id;
        var notStarted = (await _w.EnqueueAsync(MailWorld.Letter("not-started"))).Id;
        var stillFresh = (await _w.EnqueueAsync(MailWorld.Letter("fresh-claim"))).Id;
        // As the dead worker left them: one handed to the server 11 minutes ago, one claimed and not yet started;
        // and one being sent right now by a worker that is alive.
        await LeaveAsync(inFlight, MailState.Sending, claimedAgo: TimeSpan.FromMinutes(11));
        await LeaveAsync(notStarted, MailState.Pending, claimedAgo: TimeSpan.FromMinutes(11));
        await LeaveAsync(stillFresh, MailState.Sending, claimedAgo: TimeSpan.FromMinutes(1));

        var report = await _w.DeliverAsync();

        (report.Interrupted, report.Sent).ShouldBe((1, 1));
        var unknown = await _w.MessageAsync(inFlight);
        unknown.State.ShouldBe(MailState.Unknown);
        unknown.LastError.ShouldBe(OutboxDelivery.InterruptedMessage);
        (await _w.MessageAsync(notStarted)).State.ShouldBe(MailState.Sent);
        (await _w.MessageAsync(stillFresh)).State.ShouldBe(MailState.Sending);
        _w.Smtp.Received().ShouldHaveSingleItem().Subject.ShouldBe("Sales review not-started");

        _w.Clock.Advance(TimeSpan.FromDays(1));
        (await _w.DeliverAsync()).Sent.ShouldBe(0);
        (await _w.MessageAsync(inFlight)).State.ShouldBe(MailState.Unknown); // never re-sent on its own
        _w.Smtp.Received().Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_person_settles_an_Unknown_message_as_sent_or_sends_it_again()
    {
        var arrived = (await _w.EnqueueAsync(MailWorld.Letter("arrived"))).Id;
        var lost = (await _w.EnqueueAsync(MailWorld.Letter("lost"))).Id;
        await LeaveAsync(arrived, MailState.Sending, claimedAgo: TimeSpan.FromMinutes(30));
        await LeaveAsync(lost, MailState.Sending, claimedAgo: TimeSpan.FromMinutes(30));
        await _w.DeliverAsync();

        (await _w.MarkSentAsync(arrived)).Succeeded.ShouldBeTrue();
        (await _w.RetryAsync(lost)).Succeeded.ShouldBeTrue();
        await _w.DeliverAsync();

        var settled = await _w.MessageAsync(arrived);
        (settled.State, settled.SentAt).ShouldBe((MailState.Sent, (DateTimeOffset?)_w.Clock.GetUtcNow()));
        (await _w.MessageAsync(lost)).State.ShouldBe(MailState.Sent);
        _w.Smtp.Received().ShouldHaveSingleItem().Subject.ShouldBe("Sales review lost");
        (await _w.MarkSentAsync(arrived)).Error.ShouldBe("Only a message whose delivery is unknown can be marked as sent.");
    }

    [Fact]
    public async Task Three_deliveries_running_at_once_on_one_database_send_each_message_exactly_once()
    {
        for (var i = 1; i <= 60; i++) await _w.EnqueueAsync(MailWorld.Letter($"race-{i}", $"buyer{i}@chain.example"));

        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(DeliverUntilEmptyAsync)));

        sent.Sum().ShouldBe(60);
        var received = _w.Smtp.Received();
        received.Count.ShouldBe(60);
        received.Select(m => m.MessageId).Distinct().Count().ShouldBe(60);
        (await _w.MessagesAsync()).ShouldAllBe(m => m.State == MailState.Sent && m.Attempts == 1);
    }

    private async Task<int> DeliverUntilEmptyAsync()
    {
        var sent = 0;
        while (true)
        {
            await using var db = _w.Db();
            var report = await new OutboxDelivery(db, _w.Transport(), _w.Settings, _w.Clock, NullLogger<OutboxDelivery>.Instance).RunOnceAsync();
            if (report.Claimed == 0) return sent;
            sent += report.Sent;
        }
    }

    private async Task LeaveAsync(long id, MailState state, TimeSpan claimedAgo)
    {
        var claimedAt = _w.Clock.GetUtcNow() - claimedAgo;
        await using var db = _w.Db();
        await db.OutgoingMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, state).SetProperty(m => m.ClaimedBy, "dead-host/4242/0")
            .SetProperty(m => m.ClaimedAt, claimedAt));
    }
}
