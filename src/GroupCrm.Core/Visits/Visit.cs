namespace GroupCrm.Core.Visits;

/// <summary>
/// One visit as recorded by the person who made it. A record of what was seen: it is not edited after
/// it is saved, because spot checks and quotas are judged against it.
/// </summary>
public sealed class Visit
{
    public int Id { get; set; }
    public VisitKind Kind { get; set; }
    public int AccountId { get; set; }

    /// <summary>The store visited; null for an HQ visit.</summary>
    public int? StoreId { get; set; }

    public int VisitorId { get; set; }
    public DateTimeOffset VisitedAt { get; set; }

    /// <summary>The day of the visit in the organisation's time zone: months and outings are counted by it.</summary>
    public DateOnly VisitedOn { get; set; }

    /// <summary>HQ visits: the appointment the visit kept.</summary>
    public int? AppointmentId { get; set; }

    /// <summary>HQ visits: the topics discussed.</summary>
    public string? Topics { get; set; }

    /// <summary>HQ visits: the customer's opinions and requests.</summary>
    public string? Requests { get; set; }

    /// <summary>Store visits: problems found.</summary>
    public string? Problems { get; set; }

    public string? CustomerFeedback { get; set; }

    /// <summary>Store visits: something the licensing authority should hear about.</summary>
    public bool ComplianceConcern { get; set; }

    public Guid? PhotoFileId { get; set; }
    public string? PhotoContentType { get; set; }

    /// <summary>Store visits: the month's scarce-stock notice was handed over, signed for by <see cref="NoticeAcknowledgedBy"/>.</summary>
    public bool NoticeHandedOver { get; set; }

    public string? NoticeAcknowledgedBy { get; set; }

    /// <summary>A market manager's store visit that checks this account manager's records of the same store.</summary>
    public int? SpotCheckOfUserId { get; set; }

    /// <summary>The checked manager's latest visit of the store when the spot check was recorded.</summary>
    public int? ComparedVisitId { get; set; }

    public int SpotCheckFieldsCompared { get; set; }
    public int SpotCheckFieldsMatched { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public List<VisitProductCheck> ProductChecks { get; set; } = [];
    public List<FollowUp> FollowUps { get; set; } = [];
}
