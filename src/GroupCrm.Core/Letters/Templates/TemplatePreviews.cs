using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// Rendered HTML of template previews, kept for a few minutes so that the edit page's sandboxed frame can load
/// it from its own address. A preview belongs to the user who made it; the store keeps a bounded number.
/// </summary>
public sealed class TemplatePreviews(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private const int MaxKept = 200;

    private readonly ConcurrentDictionary<string, (int UserId, string Html, DateTimeOffset Until)> _previews = new();

    /// <summary>Keeps the HTML and returns the token that fetches it.</summary>
    public string Keep(int userId, string html)
    {
        var now = clock.GetUtcNow();
        if (_previews.Count >= MaxKept)
        {
            foreach (var (key, value) in _previews)
            {
                if (value.Until <= now || _previews.Count >= MaxKept)
                    _previews.TryRemove(key, out _);
            }
        }
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _previews[token] = (userId, html, now + Lifetime);
        return token;
    }

    /// <summary>The HTML for this token, if it is the user's and has not expired.</summary>
    public string? Find(int userId, string? token)
    {
        if (token is null || !_previews.TryGetValue(token, out var preview))
            return null;
        return preview.UserId == userId && preview.Until > clock.GetUtcNow() ? preview.Html : null;
    }
}
