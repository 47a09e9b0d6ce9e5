using System.Globalization;
using System.Net;
using System.Net.Sockets;
using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Tests.Mail;

/// <summary>The mail server is down: messages wait with back-off, nothing is lost, and each is sent once when it is back.</summary>
public sealed class OutageTests : IAsyncLifetime
{
    private MailWorld _w = null!;

    public async Task InitializeAsync() => _w = await MailWorld.CreateAsync(new() { ["Mail:Outbox:MaxAttempts"] = "4" });

    public async Task DisposeAsync() => await _w.DisposeAsync();

    [Fact]
    public async Task While_the_server_is_down_messages_back_off_and_once_it_is_back_each_arrives_once()
    {
        var ids = new List<long>();
        for (var i = 1; i <= 3; i++) ids.Add((await _w.EnqueueAsync(MailWorld.Letter($"down-{i}"))).Id);

        (await _w.DeliverAsync()).ShouldBe(new DeliveryReport(3, 0, 3, 0, 0));
        var first = await _w.MessagesAsync();
        first.ShouldAllBe(m => m.State == MailState.Pending && m.Attempts == 1 && m.NextAttemptAt == MailWorld.Start.AddMinutes(1)
                               && m.ClaimedBy == null && m.LastError!.Contains("Failure sending mail"));

        _w.Clock.Advance(TimeSpan.FromSeconds(30));
        (await _w.DeliverAsync()).Claimed.ShouldBe(0); // not due yet

        _w.Clock.Advance(TimeSpan.FromSeconds(30));
        (await _w.DeliverAsync()).Retrying.ShouldBe(3);
        (await _w.MessagesAsync()).ShouldAllBe(m => m.Attempts == 2 && m.NextAttemptAt == MailWorld.Start.AddMinutes(1 + 2));

        await _w.Smtp.StartAsync();
        _w.Clock.Advance(TimeSpan.FromMinutes(1));
        (await _w.DeliverAsync()).Claimed.ShouldBe(0); // still waiting out its back-off
        _w.Clock.Advance(TimeSpan.FromMinutes(1));
        (await _w.DeliverAsync()).Sent.ShouldBe(3);
        _w.Clock.Advance(TimeSpan.FromHours(2));
        (await _w.DeliverAsync()).Claimed.ShouldBe(0);

        _w.Smtp.Received().Select(m => m.Subject).ShouldBe(["Sales review down-1", "Sales review down-2", "Sales review down-3"], ignoreOrder: true);
        (await _w.MessagesAsync()).ShouldAllBe(m => m.State == MailState.Sent && m.Attempts == 3 && m.LastError == null);
    }

    [Fact]
    public async Task After_the_last_allowed_attempt_a_message_is_Failed_with_the_last_error_and_Retry_sends_it()
    {
        var id = (await _w.EnqueueAsync(MailWorld.Letter("doomed"))).Id;

        var delays = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await _w.DeliverAsync();
            var row = await _w.MessageAsync(id);
            delays.Add(row.NextAttemptAt - _w.Clock.GetUtcNow());
            _w.Clock.Advance(row.NextAttemptAt - _w.Clock.GetUtcNow());
        }

        var failed = await _w.MessageAsync(id);
        (failed.State, failed.Attempts).ShouldBe((MailState.Failed, 4));
        failed.LastError.ShouldNotBeNull().ShouldContain("Failure sending mail");
        delays.Take(3).ShouldBe([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4)]);
        _w.Clock.Advance(TimeSpan.FromDays(1));
        (await _w.DeliverAsync()).Claimed.ShouldBe(0); // Failed waits for a person

        (await _w.RetryAsync(id)).Succeeded.ShouldBeTrue();
        var retried = await _w.MessageAsync(id);
        (retried.State, retried.Attempts, retried.NextAttemptAt).ShouldBe((MailState.Pending, 0, _w.Clock.GetUtcNow()));

        await _w.Smtp.StartAsync();
        (await _w.DeliverAsync()).Sent.ShouldBe(1);
        _w.Smtp.Received().ShouldHaveSingleItem().Subject.ShouldBe("Sales review doomed");
        (await _w.MessageAsync(id)).State.ShouldBe(MailState.Sent);
    }

    [Fact]
    public async Task A_server_that_goes_down_between_batches_loses_nothing()
    {
        await _w.Smtp.StartAsync();
        await _w.EnqueueAsync(MailWorld.Letter("before"));
        (await _w.DeliverAsync()).Sent.ShouldBe(1);

        await _w.Smtp.StopAsync();
        await _w.EnqueueAsync(MailWorld.Letter("during"));
        (await _w.DeliverAsync()).Retrying.ShouldBe(1);

        await _w.Smtp.StartAsync();
        _w.Clock.Advance(TimeSpan.FromMinutes(1));
        (await _w.DeliverAsync()).Sent.ShouldBe(1);
        _w.Smtp.Received().Select(m => m.Subject).ShouldBe(["Sales review before", "Sales review during"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_mail_server_that_accepts_the_connection_and_never_answers_is_given_up_on_after_the_timeout()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0); // the kernel accepts; nobody ever says hello
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture);
        await using var w = await MailWorld.CreateAsync(new() { ["Mail:Smtp:Port"] = port, ["Mail:Smtp:TimeoutSeconds"] = "1" });
        await w.EnqueueAsync(MailWorld.Letter("hang-1"));
        await w.EnqueueAsync(MailWorld.Letter("hang-2"));

        var report = await w.DeliverAsync();

        report.ShouldBe(new DeliveryReport(2, 0, 2, 0, 0));
        var rows = await w.MessagesAsync();
        rows.ShouldAllBe(m => m.State == MailState.Pending);
        rows.ShouldAllBe(m => m.Attempts == 1);
        rows.ShouldAllBe(m => m.LastError!.Contains("timed out"));
    }
}
