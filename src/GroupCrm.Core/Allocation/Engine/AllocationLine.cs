namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// One recipient's allocation and the reasons for it, step by step as the method computes it:
/// basis → share of the basis → ideal (clamped-proportional) packs → whole packs → rounding → final.
/// </summary>
public sealed record AllocationLine
{
    public required int RecipientId { get; init; }
    public required decimal Basis { get; init; }
    public required long? MinimumPacks { get; init; }
    public required long? MaximumPacks { get; init; }

    /// <summary>This basis as a percentage of all recipients' bases (0 when every basis is 0).</summary>
    public required decimal SharePercent { get; init; }

    /// <summary>
    /// The exact share in packs: basis × the common factor, held between the caps. Truncated (not rounded)
    /// to 28 significant digits, so its whole part is always <see cref="WholePacks"/>.
    /// </summary>
    public required decimal IdealPacks { get; init; }

    /// <summary>Whether the proportional share was raised to the minimum or lowered to the maximum.</summary>
    public required CapApplied Cap { get; init; }

    /// <summary>The whole part of the ideal share: what everyone gets before the packs left over are handed out.</summary>
    public required long WholePacks { get; init; }

    /// <summary>1 when this line received one of the packs left over after the whole parts (largest remainder), else 0.</summary>
    public required int RoundingAdjustment { get; init; }

    public required long FinalPacks { get; init; }
    public required long FinalUnits { get; init; }
}

/// <summary>Which cap, if any, decided a line's ideal share instead of its basis.</summary>
public enum CapApplied
{
    /// <summary>The share is proportional to the basis (a share exactly at a cap counts as proportional).</summary>
    None,
    /// <summary>The proportional share was below the minimum and was raised to it (a basis of 0 with a minimum, too).</summary>
    Minimum,
    /// <summary>The proportional share was above the maximum and was lowered to it.</summary>
    Maximum,
}
