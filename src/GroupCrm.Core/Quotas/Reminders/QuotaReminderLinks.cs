using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Quotas.Reminders;

/// <summary>
/// Links in reminder e-mails. A job has no request to take the host from, so the app's address as its users
/// reach it is a setting: App:PublicUrl (default http://localhost:5080, where the app listens in Development).
/// A path after the host (an app behind a proxy under /crm) is kept.
/// </summary>
public sealed class QuotaReminderLinks
{
    public const string DefaultPublicUrl = "http://localhost:5080";

    public QuotaReminderLinks(IConfiguration configuration)
    {
        var text = configuration["App:PublicUrl"] is { Length: > 0 } given ? given.Trim() : DefaultPublicUrl;
        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https") || url.Query.Length > 0 || url.Fragment.Length > 0)
            throw new InvalidOperationException($"App:PublicUrl \"{text}\" is not an http or https address such as https://crm.example.com.");
        PublicUrl = url;
    }

    /// <summary>The app's address, ending in '/'.</summary>
    public Uri PublicUrl { get; }

    /// <summary>A person's quota drill-down for a month.</summary>
    public string PersonPage(int userId, DateOnly month) =>
        new Uri(PublicUrl, FormattableString.Invariant($"Quotas/Person/{userId}?month={month:yyyy-MM}")).ToString();
}
