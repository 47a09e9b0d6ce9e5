namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>
/// What a market manager chooses for a round: the district, the scarce product and its month, the quantity and
/// how it is packed, the reserve held back, the basis (with its months for recent sales) and the minimum and
/// maximum packs every account starts with. <see cref="Month"/> may be any day of the month: the first is kept.
/// </summary>
public sealed record RoundInput(
    int DistrictId, int ProductId, DateOnly Month, long AvailableUnits, int PackSize,
    long ReserveUnits, RoundBasis Basis, int BasisMonths, int? MinimumPacks, int? MaximumPacks);
