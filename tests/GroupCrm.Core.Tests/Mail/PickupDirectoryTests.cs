using GroupCrm.Core.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Mail;

/// <summary>With no SMTP host configured, messages become .eml files that a real MIME parser reads back whole.</summary>
public sealed class PickupDirectoryTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"groupcrm-pickup-{Guid.NewGuid():N}");
    private MailWorld _w = null!;

    public async Task InitializeAsync() =>
        _w = await MailWorld.CreateAsync(new() { ["Mail:Smtp:Host"] = "", ["Mail:PickupDirectory"] = _folder });

    public async Task DisposeAsync()
    {
        await _w.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Without_an_SMTP_host_the_app_writes_to_the_pickup_folder()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton(_w.Configuration);
        services.AddGroupCrmCore(_w.ConnectionString);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IMailTransport>().ShouldBeOfType<PickupDirectoryMailTransport>();
        provider.GetRequiredService<MailSettings>().PickupDirectory.ShouldBe(_folder);
        new MailSettings(new ConfigurationBuilder().Build()).PickupDirectory.ShouldBe(Path.Combine(Directory.GetCurrentDirectory(), ".data", "mail"));
    }

    [Fact]
    public async Task Each_message_is_one_parseable_eml_file_named_after_it()
    {
        var queued = await _w.EnqueueAsync(new MailRequest("letter", "9", ["王采购 <wang@hualian.example>"], "华联超市 五月回顾", "五月销量 1,234 箱。")
        {
            Cc = ["am.east1@groupcrm.example"],
            HtmlBody = "<p>五月销量 <b>1,234</b> 箱。</p>",
        });
        await _w.EnqueueAsync(MailWorld.Letter("10"));

        var report = await _w.DeliverAsync();

        report.Sent.ShouldBe(2);
        Directory.GetFiles(_folder, "*.eml").Select(Path.GetFileName).ShouldBe(
            [$"{queued.Id:D8}-letter.eml", $"{queued.Id + 1:D8}-letter.eml"], ignoreOrder: true);
        Directory.GetDirectories(Path.Combine(_folder, ".staging")).ShouldBeEmpty();
        var mail = await SmtpTestServer.ParseAsync(Path.Combine(_folder, $"{queued.Id:D8}-letter.eml"));
        mail.MessageId.ShouldBe("<letter.9@groupcrm>");
        mail.Subject.ShouldBe("华联超市 五月回顾");
        mail.To.ShouldBe([new MailboxName("wang@hualian.example", "王采购")]);
        mail.Cc.ShouldBe([new MailboxName("am.east1@groupcrm.example", "")]);
        mail.Part("text/plain").Normalised.ShouldBe("五月销量 1,234 箱。");
        mail.Part("text/html").Normalised.ShouldBe("<p>五月销量 <b>1,234</b> 箱。</p>");
        (await _w.MessageAsync(queued.Id)).State.ShouldBe(MailState.Sent);
    }
}
