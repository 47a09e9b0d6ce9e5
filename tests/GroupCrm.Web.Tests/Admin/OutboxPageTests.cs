using System.Net;
using GroupCrm.Core.Data;
using GroupCrm.Core.Mail;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Web.Tests.Admin;

/// <summary>The administrator's outbox page over HTTP: counts, the latest messages, Retry and Mark as sent, and nobody else.</summary>
public sealed class OutboxPageTests(OutboxPageTests.OutboxFactory factory) : IClassFixture<OutboxPageTests.OutboxFactory>
{
    /// <summary>The app writing .eml files to a folder of its own, with the delivery job held back so states stay as the tests set them.</summary>
    public sealed class OutboxFactory : CrmWebFactory
    {
        public string PickupFolder { get; } = Path.Combine(Path.GetTempPath(), $"groupcrm-outbox-page-{Guid.NewGuid():N}");

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Mail:PickupDirectory", PickupFolder);
            builder.UseSetting("Jobs:OutboxDelivery:Cron", "0 0 0 1 1 ? 2099");
        }
    }

    private const string Url = "/Admin/Outbox";

    [Fact]
    public async Task The_administrator_sees_the_counts_the_latest_messages_and_where_the_eml_files_go()
    {
        var failed = await QueueAsync("counts-failed", MailState.Failed, "Failure sending mail. — Connection refused");
        await QueueAsync("counts-held", to: "wang.at.hualian");
        var admin = await factory.SignedInClientAsync("admin");

        var page = await TextAsync(await admin.GetAsync(Url));

        Dictionary<MailState, int> counts;
        await using (var db = Db())
            counts = await db.OutgoingMessages.GroupBy(m => m.State).ToDictionaryAsync(g => g.Key, g => g.Count());
        counts[MailState.Failed].ShouldBeGreaterThanOrEqualTo(1);
        foreach (var state in Enum.GetValues<MailState>())
            page.ShouldContain($"data-testid=\"count-{state}-value\">{counts.GetValueOrDefault(state)}<");
        page.ShouldContain("Sales review counts-failed");
        page.ShouldContain("Failure sending mail. — Connection refused");
        page.ShouldContain("The recipient address \"wang.at.hualian\" is not a valid e-mail address.");
        page.ShouldContain($"No SMTP server is configured: messages are written as .eml files to {factory.PickupFolder}.");
        page.ShouldContain($"action=\"/Admin/Outbox?id={failed}&handler=Retry\"");
    }

    [Fact]
    public async Task The_page_speaks_Chinese()
    {
        var admin = await factory.SignedInClientAsync("admin");
        using var request = new HttpRequestMessage(HttpMethod.Get, Url);
        request.Headers.AcceptLanguage.ParseAdd("zh-Hans");

        var page = await TextAsync(await admin.SendAsync(request));

        page.ShouldContain("邮件发件箱");
        page.ShouldContain($"未配置 SMTP 服务器：邮件以 .eml 文件写入 {factory.PickupFolder}。");
        page.ShouldContain("结果不明");
    }

    [Fact]
    public async Task Retry_puts_a_failed_message_back_in_the_queue()
    {
        var id = await QueueAsync("retry-failed", MailState.Failed, "Failure sending mail.", attempts: 8);
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.PostFormAsync($"{Url}?handler=Retry&id={id}", [], Url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(response.Headers.Location))).ShouldContain("The message will be sent again.");
        var row = await RowAsync(id);
        (row.State, row.Attempts).ShouldBe((MailState.Pending, 0));
    }

    [Fact]
    public async Task Mark_as_sent_settles_an_unknown_message()
    {
        var id = await QueueAsync("mark-unknown", MailState.Unknown, OutboxDelivery.InterruptedMessage);
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.PostFormAsync($"{Url}?handler=MarkSent&id={id}", [], Url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(response.Headers.Location))).ShouldContain("The message was marked as sent.");
        var row = await RowAsync(id);
        row.State.ShouldBe(MailState.Sent);
        row.SentAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Retrying_a_held_message_whose_address_is_still_bad_says_why_and_leaves_it_held()
    {
        var id = await QueueAsync("retry-held", to: "li@");
        var admin = await factory.SignedInClientAsync("admin");

        var response = await admin.PostFormAsync($"{Url}?handler=Retry&id={id}", [], Url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await TextAsync(await admin.GetAsync(response.Headers.Location)))
            .ShouldContain("The message is still held: The recipient address \"li@\" is not a valid e-mail address.");
        (await RowAsync(id)).State.ShouldBe(MailState.Held);
    }

    [Fact]
    public async Task Sending_a_message_that_is_not_failed_again_is_refused_and_an_unknown_id_is_not_found()
    {
        var id = await QueueAsync("retry-pending");
        var admin = await factory.SignedInClientAsync("admin");

        var refused = await admin.PostFormAsync($"{Url}?handler=MarkSent&id={id}", [], Url);
        var said = await TextAsync(await admin.GetAsync(refused.Headers.Location));
        var missing = await admin.PostFormAsync($"{Url}?handler=Retry&id=999999", [], Url);

        said.ShouldContain("Only a message whose delivery is unknown can be marked as sent.");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RowAsync(id)).State.ShouldBe(MailState.Pending);
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("mm.east")]
    [InlineData("approver")]
    public async Task Everyone_but_the_administrator_is_refused_the_page_and_its_actions(string userName)
    {
        var id = await QueueAsync($"refused-{userName}", MailState.Failed, "Failure sending mail.");
        var user = await factory.SignedInClientAsync(userName);

        var page = await user.GetAsync(Url);
        // A valid token of the user's own session, taken from a page they may open.
        var retry = await user.PostFormAsync($"{Url}?handler=Retry&id={id}", [], "/Account/SignOut");

        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        retry.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RowAsync(id)).State.ShouldBe(MailState.Failed);
    }

    /// <summary>Queues a message through the app's own outbox, then puts it in the state the test needs.</summary>
    private async Task<long> QueueAsync(string key, MailState? state = null, string? error = null, int attempts = 1, string to = "buyer@chain.example")
    {
        long id;
        await using (var scope = factory.Services.CreateAsyncScope())
            id = (await scope.ServiceProvider.GetRequiredService<MailOutbox>()
                .EnqueueAsync(new MailRequest("letter", key, [to], $"Sales review {key}", "Text"))).Id;
        if (state is { } s)
        {
            await using var db = Db();
            await db.OutgoingMessages.Where(m => m.Id == id).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.State, s).SetProperty(m => m.LastError, error).SetProperty(m => m.Attempts, attempts));
        }
        return id;
    }

    private async Task<OutgoingMessage> RowAsync(long id)
    {
        await using var db = Db();
        return await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private CrmDbContext Db() => factory.CreateDbContext();

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
}
