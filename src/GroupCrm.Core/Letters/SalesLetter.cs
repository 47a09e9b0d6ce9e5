namespace GroupCrm.Core.Letters;

/// <summary>
/// The monthly sales-review letter of one account for one month: there is never a second one (unique on
/// account and month). Its figures are a JSON snapshot taken when it was drafted, so the letter reads the
/// same whatever is imported later; it is rendered with the template version it was drafted with.
/// Once approved, the rendered subject and bodies are stored and the letter does not change again;
/// its delivery is the outbox message it points to.
/// </summary>
public sealed class SalesLetter
{
    public int Id { get; set; }
    public int AccountId { get; set; }

    /// <summary>The first day of the month the letter reviews.</summary>
    public DateOnly Month { get; set; }

    public LetterState State { get; set; }

    /// <summary>"en" or "zh-Hans": the account's notice language when drafted.</summary>
    public required string Language { get; set; }

    public int TemplateId { get; set; }

    /// <summary>The facts the letter was drafted from (JSON, see Drafting/LetterSnapshot).</summary>
    public required string Snapshot { get; set; }

    /// <summary>The account manager's own note, plain text.</summary>
    public string? PersonalNote { get; set; }

    /// <summary>The suggestions as the account manager edited them, one per line; null while they are the computed ones.</summary>
    public string? Suggestions { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset GeneratedAt { get; set; }

    /// <summary>1 when first drafted, one more at every regeneration.</summary>
    public int Generation { get; set; }

    public string? SentBackReason { get; set; }
    public int? SentBackById { get; set; }
    public DateTimeOffset? SentBackAt { get; set; }

    public int? ApprovedById { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Rendered at approval and never changed after.</summary>
    public string? Subject { get; set; }

    public string? HtmlBody { get; set; }
    public string? TextBody { get; set; }

    /// <summary>The outbox message that delivers the approved letter.</summary>
    public long? OutgoingMessageId { get; set; }

    /// <summary>PostgreSQL xmin: an approval and a regeneration at once cannot both win.</summary>
    public uint Version { get; set; }
}
