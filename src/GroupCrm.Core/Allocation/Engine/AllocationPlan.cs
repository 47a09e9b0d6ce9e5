namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// The engine's answer: every recipient's line, in id order, with everything a notice needs to say
/// "you receive X because …", and the totals that show nothing was lost.
/// <para>
/// Units add up: <c>AvailableUnits = ReserveUnits + LooseUnits + (PacksAllocated + PacksLeftInReserve) × PackSize</c>,
/// and <c>PacksAllocated + PacksLeftInReserve = PacksAvailable</c>.
/// </para>
/// </summary>
public sealed record AllocationPlan
{
    public required long AvailableUnits { get; init; }
    public required int PackSize { get; init; }
    public required long ReserveUnits { get; init; }

    /// <summary>P: the whole packs shared out, ⌊(available − reserve) / pack size⌋.</summary>
    public required long PacksAvailable { get; init; }

    /// <summary>Units after the reserve that do not fill a whole pack; they stay back with the reserve.</summary>
    public required long LooseUnits { get; init; }

    public required decimal TotalBasis { get; init; }

    /// <summary>
    /// The common factor: packs per unit of basis for every line that is neither raised to its minimum nor
    /// lowered to its maximum (truncated to 28 significant digits). Null when every recipient with a positive
    /// basis is held at its maximum (no factor is large enough), or when it is beyond a decimal's range.
    /// </summary>
    public required decimal? PacksPerBasisUnit { get; init; }

    public required IReadOnlyList<AllocationLine> Lines { get; init; }

    public required long PacksAllocated { get; init; }
    public required long UnitsAllocated { get; init; }

    /// <summary>
    /// Packs of P that no recipient may take because every recipient with a positive basis is held at its
    /// maximum (see <see cref="AllAtMaximum"/>); 0 otherwise. They stay in reserve.
    /// </summary>
    public required long PacksLeftInReserve { get; init; }

    /// <summary>
    /// True when the shares cannot reach P because every recipient with a positive basis is held at its
    /// maximum: the preview must say that <see cref="PacksLeftInReserve"/> packs stay in reserve.
    /// </summary>
    public bool AllAtMaximum => PacksLeftInReserve > 0;

    /// <summary>Everything that is not handed out: the reserve, the loose units and the packs left in reserve.</summary>
    public long UnitsNotAllocated => AvailableUnits - UnitsAllocated;
}
