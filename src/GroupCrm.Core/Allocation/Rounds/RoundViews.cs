namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>One row of the rounds list.</summary>
public sealed record RoundSummary(
    int Id, string DistrictName, string DistrictNameEn, string ProductCode, string ProductName, string ProductNameEn,
    DateOnly Month, int Revision, RoundState State, long UnitsAvailable, long UnitsAllocated, int AccountCount,
    DateTimeOffset CreatedAt);

/// <summary>
/// The round's figures after the engine: P (whole packs after the reserve), the units that do not fill a pack,
/// what was handed out and what stays in reserve because every account with a basis is at its maximum.
/// </summary>
public sealed record RoundPlanFigures(
    long PacksAvailable, long LooseUnits, long PacksAllocated, long UnitsAllocated, long PacksLeftInReserve)
{
    public bool AllAtMaximum => PacksLeftInReserve > 0;
}

/// <summary>What the viewer may do with the round now.</summary>
public sealed record RoundPermissions(bool CanEdit, bool CanSubmit, bool CanDecide, bool CanRevise);

/// <summary>
/// One store's part of an account line. Stored at approval; for a draft or submitted round it is worked out
/// for the preview from the stores and their sales as they are now.
/// </summary>
public sealed record RoundStoreLineView(
    int StoreId, string StoreName, decimal Basis, decimal SharePercent, decimal IdealPacks, string Cap,
    long WholePacks, int RoundingAdjustment, long FinalPacks, long FinalUnits);

/// <summary>
/// One account's line with every step of its explanation. <see cref="EnginePacks"/> is what the engine gave
/// with no override; an overridden line is explained by that run, the other lines of a round with overrides by
/// the re-balancing run over the packs the overrides left (so their whole packs plus rounding make their final packs).
/// </summary>
public sealed record RoundLineView(
    int AccountId, string AccountName, string AccountNameEn, decimal Basis, int? MinimumPacks, int? MaximumPacks,
    decimal SharePercent, decimal IdealPacks, string Cap, long WholePacks, int RoundingAdjustment,
    long EnginePacks, long FinalPacks, long FinalUnits,
    string? OverrideReason, string? OverriddenByName, DateTimeOffset? OverriddenAt,
    IReadOnlyList<RoundStoreLineView> Stores)
{
    public bool IsOverridden => OverrideReason is not null;

    /// <summary>Not overridden, but moved by another line's override.</summary>
    public bool IsRebalanced => !IsOverridden && FinalPacks != EnginePacks;
}

/// <summary>One entry of the audit trail. For an account manager only the entries about their accounts (and the round's own steps) are shown.</summary>
public sealed record RoundEventView(
    RoundEventKind Kind, string ByName, DateTimeOffset At, int? AccountId, string? AccountName,
    long? FromPacks, long? ToPacks, string? Note);

/// <summary>A round as its preview page shows it, scoped to the viewer.</summary>
public sealed record RoundView
{
    public required int Id { get; init; }
    public required uint Version { get; init; }
    public required int DistrictId { get; init; }
    public required string DistrictName { get; init; }
    public required string DistrictNameEn { get; init; }
    public required int ProductId { get; init; }
    public required string ProductCode { get; init; }
    public required string ProductName { get; init; }
    public required string ProductNameEn { get; init; }
    public required string ProductUnit { get; init; }
    public required DateOnly Month { get; init; }
    public required int Revision { get; init; }

    /// <summary>The approved round this revision corrects.</summary>
    public required int? SupersedesId { get; init; }

    /// <summary>The revision that corrects this round (a draft, submitted or approved).</summary>
    public required int? SupersededById { get; init; }

    public required long AvailableUnits { get; init; }
    public required int PackSize { get; init; }
    public required long ReserveUnits { get; init; }
    public required RoundBasis Basis { get; init; }
    public required int BasisMonths { get; init; }
    public required int? MinimumPacks { get; init; }
    public required int? MaximumPacks { get; init; }
    public required RoundState State { get; init; }
    public required string CreatedByName { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required string? SubmittedByName { get; init; }
    public required DateTimeOffset? SubmittedAt { get; init; }
    public required string? ApprovedByName { get; init; }
    public required DateTimeOffset? ApprovedAt { get; init; }
    public required string? ReturnNote { get; init; }
    public required RoundPlanFigures Plan { get; init; }
    public required IReadOnlyList<RoundLineView> Lines { get; init; }
    public required IReadOnlyList<RoundEventView> Events { get; init; }
    public required RoundPermissions Permissions { get; init; }

    /// <summary>An account manager sees only their own accounts' lines: the totals are the round's, the lines are not all of it.</summary>
    public required bool IsPartial { get; init; }

    public bool CanEdit => Permissions.CanEdit;
    public bool CanSubmit => Permissions.CanSubmit;
    public bool CanDecide => Permissions.CanDecide;
    public bool CanRevise => Permissions.CanRevise;

    /// <summary>The input as it stands, to fill the edit form.</summary>
    public RoundInput Input => new(DistrictId, ProductId, Month, AvailableUnits, PackSize, ReserveUnits, Basis, BasisMonths, MinimumPacks, MaximumPacks);
}

public sealed record RoundDistrictChoice(int Id, string Name, string NameEn);

public sealed record RoundProductChoice(int Id, string Code, string Name, string NameEn, string Unit);

/// <summary>
/// What the round form offers the viewer: the districts they may run rounds in, the active scarce products, and
/// the months a round may be for (this month and the next twelve, in the organisation's time zone).
/// </summary>
public sealed record RoundFormChoices(
    IReadOnlyList<RoundDistrictChoice> Districts, IReadOnlyList<RoundProductChoice> Products, IReadOnlyList<DateOnly> Months);
