using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Mail;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace GroupCrm.Core.Tests.Mail;

/// <summary>
/// For one test: a fresh migrated database, a hand-moved clock, an SMTP server process (not yet
/// started) and the outbox and delivery wired to them as the app wires them, each call on a DbContext
/// of its own like separate requests and job runs.
/// </summary>
public sealed class MailWorld : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 6, 15, 4, 0, 0, TimeSpan.Zero);

    private readonly DatabaseFixture _database = new();
    private readonly Dictionary<string, string?> _configuration;

    private MailWorld(Dictionary<string, string?> overrides)
    {
        _configuration = new()
        {
            ["Mail:From"] = "GroupCrm <crm@groupcrm.example>",
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail:Smtp:EnableSsl"] = "false",
            ["Mail:Smtp:TimeoutSeconds"] = "10",
        };
        foreach (var (key, value) in overrides) _configuration[key] = value;
        Settings = new MailSettings(Configuration);
    }

    public SmtpTestServer Smtp { get; } = new();
    public ManualClock Clock { get; } = new(Start);
    public MailSettings Settings { get; }
    public IConfiguration Configuration => new ConfigurationBuilder().AddInMemoryCollection(_configuration).Build();
    public string ConnectionString => _database.ConnectionString;

    public static async Task<MailWorld> CreateAsync(Dictionary<string, string?>? settings = null)
    {
        var world = new MailWorld(settings ?? []);
        await world._database.InitializeAsync();
        return world;
    }

    public CrmDbContext Db() => _database.CreateContext();

    public IMailTransport Transport() =>
        Settings.UsesPickupDirectory ? new PickupDirectoryMailTransport(Settings) : new SmtpMailTransport(Settings);

    public Task<QueuedMail> EnqueueAsync(MailRequest request) => WithOutbox(o => o.EnqueueAsync(request));
    public Task<OutboxActionResult> RetryAsync(long id) => WithOutbox(o => o.RetryAsync(id));
    public Task<OutboxActionResult> MarkSentAsync(long id) => WithOutbox(o => o.MarkSentAsync(id));
    public Task<IReadOnlyDictionary<MailState, int>> CountsAsync() => WithOutbox(o => o.CountsAsync());

    public async Task<DeliveryReport> DeliverAsync()
    {
        await using var db = Db();
        return await new OutboxDelivery(db, Transport(), Settings, Clock, NullLogger<OutboxDelivery>.Instance).RunOnceAsync();
    }

    public async Task<OutgoingMessage> MessageAsync(long id)
    {
        await using var db = Db();
        return await db.OutgoingMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }

    public async Task<List<OutgoingMessage>> MessagesAsync()
    {
        await using var db = Db();
        return await db.OutgoingMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>A plain message about letter <paramref name="key"/>, to one buyer unless told otherwise.</summary>
    public static MailRequest Letter(string key, params string[] to) =>
        new("letter", key, to.Length == 0 ? ["buyer@chain.example"] : to, $"Sales review {key}", $"Text of {key}") { HtmlBody = $"<p>HTML of {key}</p>" };

    public async ValueTask DisposeAsync()
    {
        await Smtp.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<T> WithOutbox<T>(Func<MailOutbox, Task<T>> action)
    {
        await using var db = Db();
        return await action(new MailOutbox(db, Settings, Clock));
    }
}
