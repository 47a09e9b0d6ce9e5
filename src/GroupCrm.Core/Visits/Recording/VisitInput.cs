namespace GroupCrm.Core.Visits.Recording;

/// <summary>
/// A visit as the form sends it, untrimmed. The date and time are the visitor's wall clock in the
/// organisation's time zone. Store visits fill the store, product and notice fields; HQ visits the
/// appointment, topics, requests and follow-ups. Fields of the other kind must stay empty.
/// </summary>
public sealed record VisitInput
{
    public VisitKind Kind { get; init; }
    public int AccountId { get; init; }
    public int? StoreId { get; init; }
    public int? AppointmentId { get; init; }
    public DateOnly? Date { get; init; }
    public TimeOnly? Time { get; init; }
    public string? Topics { get; init; }
    public string? Requests { get; init; }
    public string? Problems { get; init; }
    public string? CustomerFeedback { get; init; }
    public bool ComplianceConcern { get; init; }
    public bool NoticeHandedOver { get; init; }
    public string? NoticeAcknowledgedBy { get; init; }

    /// <summary>A market manager's store visit that checks the account manager's records of the store.</summary>
    public bool SpotCheck { get; init; }

    public IReadOnlyList<ProductCheckInput> Products { get; init; } = [];
    public IReadOnlyList<FollowUpInput> FollowUps { get; init; } = [];
}

/// <summary>One product line of a store visit. <see cref="Listed"/> is null until the visitor says yes or no.</summary>
public sealed record ProductCheckInput(int? ProductId, bool? Listed, int? SellThrough, decimal? ShelfPrice, int? StockOnHand);

/// <summary>One agreed follow-up of an HQ visit; no owner means the visitor.</summary>
public sealed record FollowUpInput(string? Text, DateOnly? DueOn, int? OwnerId);
