using System.Globalization;
using System.Security.Cryptography;
using GroupCrm.Core.Organisation;
using Microsoft.AspNetCore.DataProtection;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// The signed links in the notice e-mails. A token is Data Protection's authenticated encryption, under a
/// purpose used for nothing else, of (notice, buyer contact, expiry): it cannot be forged, changed, or used
/// for another notice or another purpose. The expiry is checked against the app's clock (TimeProvider)
/// rather than the machine's, like every other date in the app.
/// </summary>
public sealed class AcknowledgementLinks(IDataProtectionProvider protection, NoticeSettings settings, PublicAddress address, TimeProvider clock)
{
    public const string Purpose = "GroupCrm.Allocation.NoticeAcknowledgement";

    /// <summary>A real token is some 200 characters; anything far longer is not worth decrypting.</summary>
    private const int MaxTokenLength = 2_000;

    private readonly IDataProtector protector = protection.CreateProtector(Purpose);

    /// <summary>The full address of the acknowledgement page for this buyer, valid for the configured lifetime from now.</summary>
    public string LinkFor(int noticeId, int contactId) => PathFor(noticeId, TokenFor(noticeId, contactId, ExpiryFromNow()));

    /// <summary>The address of the acknowledgement page with a given token (of any notice), e.g. to show that a wrong one is refused.</summary>
    public string PathFor(int noticeId, string token) =>
        address.Link(string.Create(CultureInfo.InvariantCulture, $"Notices/{noticeId}/Acknowledge?token={Uri.EscapeDataString(token)}"));

    /// <summary>When a link made now stops working.</summary>
    public DateTimeOffset ExpiryFromNow() => clock.GetUtcNow().Add(settings.AcknowledgementLifetime);

    public string TokenFor(int noticeId, int contactId, DateTimeOffset expiresAt) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{noticeId}:{contactId}:{expiresAt.UtcTicks}"));

    /// <summary>Whether the token is genuine, unexpired and for this notice. Says nothing about the notice itself.</summary>
    public AckTokenCheck Check(int noticeId, string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > MaxTokenLength) return AckTokenCheck.Refused(AckRefusal.InvalidToken);
        if (Read(token.Trim()) is not { } payload) return AckTokenCheck.Refused(AckRefusal.InvalidToken);
        if (payload.NoticeId != noticeId) return AckTokenCheck.Refused(AckRefusal.OtherNotice, payload.ExpiresAt);
        if (payload.ExpiresAt <= clock.GetUtcNow()) return AckTokenCheck.Refused(AckRefusal.Expired, payload.ExpiresAt);
        return AckTokenCheck.Valid(payload.ContactId, payload.ExpiresAt);
    }

    private (int NoticeId, int ContactId, DateTimeOffset ExpiresAt)? Read(string token)
    {
        string text;
        try
        {
            text = protector.Unprotect(token);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        var parts = text.Split(':');
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var notice)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var contact)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks is >= 0 and <= 3155378975999999999 // DateTimeOffset.MaxValue.UtcTicks
            ? (notice, contact, new DateTimeOffset(ticks, TimeSpan.Zero))
            : null;
    }
}
