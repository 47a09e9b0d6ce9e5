namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>
/// One account's line of a round, as the engine explained it (basis, share, ideal packs, the cap that bound,
/// the rounding) and as it stands after any override. A notice quotes these figures.
/// </summary>
public sealed class RoundLine
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int AccountId { get; set; }
    public decimal Basis { get; set; }
    public int? MinimumPacks { get; set; }
    public int? MaximumPacks { get; set; }
    public decimal SharePercent { get; set; }
    public decimal IdealPacks { get; set; }

    /// <summary>The engine's <c>CapApplied</c>: None, Minimum or Maximum.</summary>
    public string Cap { get; set; } = "None";

    public long WholePacks { get; set; }
    public int RoundingAdjustment { get; set; }

    /// <summary>The packs the engine gave before any override.</summary>
    public long EnginePacks { get; set; }

    public long FinalPacks { get; set; }
    public long FinalUnits { get; set; }

    /// <summary>Set when a person fixed this line's packs by hand; the other lines were re-balanced around it.</summary>
    public string? OverrideReason { get; set; }

    public int? OverriddenById { get; set; }
    public DateTimeOffset? OverriddenAt { get; set; }

    public List<RoundStoreLine> Stores { get; set; } = [];
}

/// <summary>One store's part of an account's line: the account's packs split by store sales, explained the same way.</summary>
public sealed class RoundStoreLine
{
    public int Id { get; set; }
    public int RoundLineId { get; set; }
    public int StoreId { get; set; }
    public decimal Basis { get; set; }
    public decimal SharePercent { get; set; }
    public decimal IdealPacks { get; set; }
    public string Cap { get; set; } = "None";
    public long WholePacks { get; set; }
    public int RoundingAdjustment { get; set; }
    public long FinalPacks { get; set; }
    public long FinalUnits { get; set; }
}
