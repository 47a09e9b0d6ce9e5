using GroupCrm.Core.Mail;
using GroupCrm.Core.Tests.Mail;

namespace GroupCrm.Core.Tests.Letters.Review;

/// <summary>The outbox's "send once more" of a sent message: only a sent one, from a fresh set of attempts, same Message-ID.</summary>
public sealed class SendAgainTests : IAsyncLifetime
{
    private MailWorld _w = null!;

    public async Task InitializeAsync()
    {
        _w = await MailWorld.CreateAsync();
        await _w.Smtp.StartAsync();
    }

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task Only_a_sent_message_is_sent_once_more_and_it_arrives_again_with_the_same_Message_ID()
    {
        var id = (await _w.EnqueueAsync(MailWorld.Letter("again"))).Id;

        (await SendAgainAsync(id)).Error.ShouldBe("Only a sent message can be sent once more.");
        (await SendAgainAsync(999_999)).NotFound.ShouldBeTrue();
        await _w.DeliverAsync();
        _w.Clock.Advance(TimeSpan.FromMinutes(3));
        (await SendAgainAsync(id)).Succeeded.ShouldBeTrue();

        var queued = await _w.MessageAsync(id);
        (queued.State, queued.Attempts, queued.NextAttemptAt, queued.ClaimedBy).ShouldBe((MailState.Pending, 0, _w.Clock.GetUtcNow(), (string?)null));
        (await _w.DeliverAsync()).Sent.ShouldBe(1);
        var received = _w.Smtp.Received();
        received.Count.ShouldBe(2);
        received.Select(m => m.MessageId).Distinct().ShouldHaveSingleItem().ShouldBe("<letter.again@groupcrm>");
        (await _w.MessageAsync(id)).SentAt.ShouldBe(_w.Clock.GetUtcNow());
    }

    private async Task<OutboxActionResult> SendAgainAsync(long id)
    {
        await using var db = _w.Db();
        return await new MailOutbox(db, _w.Settings, _w.Clock).SendAgainAsync(id);
    }
}
