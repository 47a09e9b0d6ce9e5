using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace GroupCrm.Core.Mail;

/// <summary>
/// How mail leaves. With Mail:Smtp:Host set it goes to that server (Mail:Smtp:Port, default 587;
/// Mail:Smtp:EnableSsl, default true, is STARTTLS; Mail:Smtp:UserName and Mail:Smtp:Password when the
/// server wants them). Without it every message is written as an .eml file to Mail:PickupDirectory
/// (default .data/mail under the app folder), so a fresh checkout sends nothing anywhere.
/// The outbox retries a failed message up to Mail:Outbox:MaxAttempts times (default 8); a message
/// left in Sending longer than Mail:Outbox:LeaseMinutes (default 10) is marked Unknown.
/// </summary>
public sealed class MailSettings
{
    public const string DefaultFrom = "GroupCrm <no-reply@groupcrm.local>";

    public MailSettings(IConfiguration configuration, IHostEnvironment? environment = null)
    {
        string? Text(string key) => string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();
        int Number(string key, int fallback) =>
            int.TryParse(configuration[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : fallback;

        From = Text("Mail:From") ?? DefaultFrom;
        SmtpHost = Text("Mail:Smtp:Host");
        SmtpPort = Number("Mail:Smtp:Port", 587);
        SmtpEnableSsl = !bool.TryParse(configuration["Mail:Smtp:EnableSsl"], out var ssl) || ssl;
        SmtpUserName = Text("Mail:Smtp:UserName");
        SmtpPassword = configuration["Mail:Smtp:Password"];
        SmtpTimeout = TimeSpan.FromSeconds(Number("Mail:Smtp:TimeoutSeconds", 30));
        PickupDirectory = Path.GetFullPath(Text("Mail:PickupDirectory") ?? Path.Combine(".data", "mail"),
            environment?.ContentRootPath ?? Directory.GetCurrentDirectory());
        MaxAttempts = Number("Mail:Outbox:MaxAttempts", 8);
        Lease = TimeSpan.FromMinutes(Number("Mail:Outbox:LeaseMinutes", 10));
        BatchSize = Number("Mail:Outbox:BatchSize", 100);
    }

    /// <summary>The sender of every message unless the caller names another.</summary>
    public string From { get; }

    public string? SmtpHost { get; }
    public int SmtpPort { get; }

    /// <summary>STARTTLS on the plain port (System.Net.Mail has no implicit TLS on port 465).</summary>
    public bool SmtpEnableSsl { get; }

    public string? SmtpUserName { get; }
    public string? SmtpPassword { get; }
    public TimeSpan SmtpTimeout { get; }

    public bool UsesPickupDirectory => SmtpHost is null;

    /// <summary>The full path of the folder .eml files are written to when no SMTP host is set.</summary>
    public string PickupDirectory { get; }

    public int MaxAttempts { get; }

    /// <summary>How long a message may stay in Sending before it is taken for interrupted.</summary>
    public TimeSpan Lease { get; }

    /// <summary>How many messages one delivery claims and sends over one connection.</summary>
    public int BatchSize { get; }
}
