namespace GroupCrm.Core.Mail;

/// <summary>
/// One e-mail in the outbox. Written in the same transaction as the thing it tells about, then sent
/// by <see cref="OutboxDelivery"/>. (<see cref="Kind"/>, <see cref="SubjectKey"/>) is unique, so
/// queueing the same thing twice makes one message; <see cref="MessageId"/> stays the same across
/// retries, so a recipient's mail program can tell a repeat from a new message.
/// </summary>
public sealed class OutgoingMessage
{
    public long Id { get; set; }

    /// <summary>The Message-ID header, angle brackets included, e.g. &lt;letter.42@groupcrm&gt;.</summary>
    public required string MessageId { get; set; }

    /// <summary>What sort of message, e.g. "letter", "quota-reminder".</summary>
    public required string Kind { get; set; }

    /// <summary>Which one of its kind, e.g. the letter's id.</summary>
    public required string SubjectKey { get; set; }

    public required string FromAddress { get; set; }
    public List<string> ToAddresses { get; set; } = [];
    public List<string> CcAddresses { get; set; } = [];
    public required string Subject { get; set; }
    public required string TextBody { get; set; }
    public string? HtmlBody { get; set; }

    public MailState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>The last failure, or the reason a held message was held.</summary>
    public string? LastError { get; set; }

    public DateTimeOffset? ClaimedAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public uint Version { get; set; }
}
