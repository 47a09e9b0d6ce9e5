namespace GroupCrm.Core.Allocation.Rounds;

public enum RoundState
{
    /// <summary>Being prepared by the market manager: created, previewed, overridden; also a round sent back.</summary>
    Draft,

    /// <summary>Waiting for MarketingCenter; nothing changes until it is approved or sent back.</summary>
    Submitted,

    /// <summary>Approved and immutable: its notices are issued. A correction is a new revision.</summary>
    Approved,

    /// <summary>An approved round whose correction has been approved since; kept visible, no longer in force.</summary>
    Superseded,
}

/// <summary>How each account's basis is measured (SPEC §5).</summary>
public enum RoundBasis
{
    /// <summary>The account's sales of the product over the <see cref="AllocationRound.BasisMonths"/> months before the round's month.</summary>
    RecentSales,

    /// <summary>The account's planned monthly volume.</summary>
    PlannedVolume,

    /// <summary>Every eligible account the same.</summary>
    EqualShares,
}

/// <summary>
/// One allocation round: a scarce product's quantity for a month shared out among the active accounts of a
/// district. A correction of an approved round is a new revision that points back at it (<see cref="SupersedesId"/>);
/// when the correction is approved the earlier round becomes <see cref="RoundState.Superseded"/>.
/// </summary>
public sealed class AllocationRound
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public int ProductId { get; set; }

    /// <summary>The first day of the month the stock is for.</summary>
    public DateOnly Month { get; set; }

    public int Revision { get; set; } = 1;
    public int? SupersedesId { get; set; }

    public long AvailableUnits { get; set; }
    public int PackSize { get; set; }
    public long ReserveUnits { get; set; }
    public RoundBasis Basis { get; set; }

    /// <summary>For <see cref="RoundBasis.RecentSales"/>: how many months of sales make the basis (default 3).</summary>
    public int BasisMonths { get; set; } = 3;

    /// <summary>The minimum and maximum packs every account starts with; a line may set its own.</summary>
    public int? MinimumPacks { get; set; }

    public int? MaximumPacks { get; set; }

    public RoundState State { get; set; }
    public int CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int? SubmittedById { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public int? ApprovedById { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>Why MarketingCenter sent the round back, shown on the draft until it is submitted again.</summary>
    public string? ReturnNote { get; set; }

    public List<RoundLine> Lines { get; set; } = [];

    /// <summary>PostgreSQL's xmin: a save over a changed row is refused instead of overwriting it.</summary>
    public uint Version { get; set; }
}
