using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Letters.Review;

/// <summary>One letter in the list. <see cref="Delivery"/> is null until the letter is approved and queued.</summary>
public sealed record LetterRow(
    int Id, int AccountId, string AccountName, string AccountNameEn, string DistrictName, string DistrictNameEn,
    int ManagerId, string ManagerName, LetterState State, int Generation, DateTimeOffset GeneratedAt, DateTimeOffset? ApprovedAt,
    MailState? Delivery, string? DeliveryProblem, DateTimeOffset? SentAt)
{
    /// <summary>Delivered nowhere yet and waiting for a person: failed, held or in doubt.</summary>
    public bool NeedsAttention => Delivery is MailState.Failed or MailState.Held or MailState.Unknown;
}

/// <summary>The letters of one month the viewer sees, with how many are in each state (whatever the state filter).</summary>
public sealed record LetterList(DateOnly Month, IReadOnlyList<LetterRow> Rows, IReadOnlyDictionary<LetterState, int> Counts, int NeedingAttention)
{
    public int Total => Counts.Values.Sum();
}

public sealed record LetterAccountView(int Id, string Name, string NameEn, int DistrictId, string DistrictName, string DistrictNameEn, int ManagerId, string ManagerName);

/// <summary>A buyer contact of the account as it is now; <see cref="IsUsable"/> is false for an address mail cannot go to.</summary>
public sealed record LetterBuyer(int ContactId, string Name, string Email, bool IsUsable);

/// <summary>The outbox message of an approved letter.</summary>
public sealed record LetterDeliveryView(
    long MessageId, string MessageIdHeader, MailState State, IReadOnlyList<string> To, IReadOnlyList<string> Cc,
    int Attempts, string? LastError, DateTimeOffset NextAttemptAt, DateTimeOffset? SentAt);

/// <summary>What the viewer may do with the letter now (its state and their role together).</summary>
public sealed record LetterActions(bool Edit, bool Approve, bool SendBack, bool Regenerate, bool SendAgain, bool MarkArrived);

/// <summary>
/// One letter as its page shows it: rendered as the buyer will read it (or, once approved, as it was sent), the
/// note and suggestions to edit (the computed suggestions when none were edited), the delivery and the version.
/// </summary>
public sealed record LetterDetails(
    int Id, DateOnly Month, LetterState State, string Language, LetterAccountView Account,
    int TemplateId, int TemplateNumber, int Generation, DateTimeOffset CreatedAt, DateTimeOffset GeneratedAt,
    bool HasSales, string? PersonalNote, string Suggestions, bool SuggestionsEdited,
    string? SentBackReason, string? SentBackByName, DateTimeOffset? SentBackAt, string? ApprovedByName, DateTimeOffset? ApprovedAt,
    RenderedLetter Rendered, IReadOnlyList<LetterBuyer> Buyers, LetterDeliveryView? Delivery, LetterActions Can, uint Version);
