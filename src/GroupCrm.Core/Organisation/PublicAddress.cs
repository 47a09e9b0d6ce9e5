using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Organisation;

/// <summary>
/// The app's address as its users and the chains' buyers reach it (App:PublicUrl, default http://localhost:5080,
/// where the app listens in Development), for links in e-mails: a job has no request to take the host from.
/// A path after the host (an app behind a proxy under /crm) is kept. A setting that is not an http(s) address
/// stops the app at the first link rather than mailing broken links.
/// </summary>
public sealed class PublicAddress
{
    public const string Default = "http://localhost:5080";

    public PublicAddress(IConfiguration configuration)
    {
        var text = configuration["App:PublicUrl"] is { Length: > 0 } given ? given.Trim() : Default;
        if (!Uri.TryCreate(text.EndsWith('/') ? text : text + "/", UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https") || url.Query.Length > 0 || url.Fragment.Length > 0)
            throw new InvalidOperationException($"App:PublicUrl \"{text}\" is not an http or https address such as https://crm.example.com.");
        Root = url;
    }

    /// <summary>The app's address, ending in '/'.</summary>
    public Uri Root { get; }

    /// <summary>An absolute link to a path of the app (no leading '/'), query escaping kept as given.</summary>
    public string Link(string relative) => new Uri(Root, relative).AbsoluteUri;
}
