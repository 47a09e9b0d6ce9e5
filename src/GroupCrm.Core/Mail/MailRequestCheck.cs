using System.Text;

namespace GroupCrm.Core.Mail;

/// <summary>
/// Turns a feature's <see cref="MailRequest"/> into an outbox row: trims addresses, keeps the subject on
/// one line, fills in the sender and Message-ID. A malformed request is a programming error and throws;
/// a bad address is not (it is data, and holds the message).
/// </summary>
internal static class MailRequestCheck
{
    public static OutgoingMessage ToMessage(MailRequest request, string defaultFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SubjectKey);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Kind.Length, 40, nameof(request.Kind));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.SubjectKey.Length, 100, nameof(request.SubjectKey));
        ArgumentNullException.ThrowIfNull(request.TextBody);
        var subject = string.Join(' ', (request.Subject ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return new OutgoingMessage
        {
            MessageId = request.MessageId is { } given ? Bracketed(given) : DefaultMessageId(request.Kind, request.SubjectKey),
            Kind = request.Kind,
            SubjectKey = request.SubjectKey,
            FromAddress = (request.From ?? defaultFrom).Trim(),
            ToAddresses = [.. request.To.Select(a => (a ?? "").Trim())],
            CcAddresses = [.. request.Cc.Select(a => (a ?? "").Trim())],
            Subject = subject.Length > 1000 ? subject[..1000] : subject,
            TextBody = request.TextBody,
            HtmlBody = request.HtmlBody,
        };
    }

    /// <summary>&lt;kind.key@groupcrm&gt;, with anything but letters, digits, '.', '-' and '_' made a '-'.</summary>
    public static string DefaultMessageId(string kind, string key) => $"<{Safe(kind)}.{Safe(key)}@groupcrm>";

    private static string Bracketed(string messageId)
    {
        var id = messageId.Trim();
        if (id.Length == 0 || id.Length > 250 || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
            throw new ArgumentException($"\"{messageId}\" is not a usable Message-ID.", nameof(messageId));
        return id.StartsWith('<') ? id : $"<{id}>";
    }

    private static string Safe(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        return sb.ToString();
    }
}
