namespace GroupCrm.Core.Mail;

/// <summary>
/// A message a feature wants sent. <see cref="Kind"/> and <see cref="SubjectKey"/> name the thing it
/// is about (e.g. "letter" and the letter's id): queueing the same pair again is a no-op.
/// </summary>
/// <param name="To">Addresses as "a@b.c" or "Name &lt;a@b.c&gt;".</param>
public sealed record MailRequest(string Kind, string SubjectKey, IReadOnlyList<string> To, string Subject, string TextBody)
{
    public IReadOnlyList<string> Cc { get; init; } = [];

    /// <summary>The HTML alternative of <see cref="MailRequest.TextBody"/>, if any.</summary>
    public string? HtmlBody { get; init; }

    /// <summary>The Message-ID header; default &lt;kind.key@groupcrm&gt;.</summary>
    public string? MessageId { get; init; }

    /// <summary>The sender; default the Mail:From setting.</summary>
    public string? From { get; init; }
}
