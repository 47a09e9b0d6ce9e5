using GroupCrm.Core.Visits.SpotChecks;

namespace GroupCrm.Core.Visits.Recording;

/// <summary>Everything recorded about one visit, as its details page shows it.</summary>
public sealed record VisitDetails(
    int Id,
    VisitKind Kind,
    int AccountId,
    string AccountName,
    int? StoreId,
    string? StoreName,
    string VisitorName,
    DateTimeOffset VisitedAt,
    DateOnly VisitedOn,
    DateTimeOffset RecordedAt,
    AppointmentSummary? Appointment,
    string? Topics,
    string? Requests,
    string? Problems,
    string? CustomerFeedback,
    bool ComplianceConcern,
    bool HasPhoto,
    bool NoticeHandedOver,
    string? NoticeAcknowledgedBy)
{
    public IReadOnlyList<ProductCheckRow> Products { get; init; } = [];
    public IReadOnlyList<FollowUpRow> FollowUps { get; init; } = [];

    /// <summary>Set when this visit is a spot check: whose records it checked and how they compared.</summary>
    public SpotCheckDetails? SpotCheck { get; init; }

    /// <summary>The spot checks that were later compared with this visit.</summary>
    public IReadOnlyList<SpotCheckLink> CheckedBy { get; init; } = [];
}

public sealed record AppointmentSummary(int Id, DateTimeOffset StartsAt, string Purpose, string? BuyerName);

/// <summary>A product as pages name it: the code, and the name in each language.</summary>
public sealed record ProductName(int Id, string Code, string Name, string NameEn);

public sealed record ProductCheckRow(ProductName Product, bool Listed, int? SellThrough, decimal? ShelfPrice, int? StockOnHand);

public sealed record FollowUpRow(int Id, string Text, DateOnly DueOn, string OwnerName, DateTimeOffset? DoneAt);

/// <summary>A spot check's verdict: the checked manager, the visit of theirs it was compared with, the score and every product.</summary>
public sealed record SpotCheckDetails(
    string CheckedUserName,
    int? ComparedVisitId,
    DateOnly? ComparedVisitedOn,
    SpotCheckScore Score,
    IReadOnlyList<ProductDifference> Products);

public sealed record ProductDifference(ProductName Product, ProductComparison Comparison);

public sealed record SpotCheckLink(int VisitId, DateOnly VisitedOn, string VisitorName, SpotCheckScore Score);

/// <summary>A visit photo as it is served: its bytes and the type its content showed when it was uploaded.</summary>
public sealed record VisitPhoto(byte[] Content, string ContentType);
