using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>Turns the exact shares and the rounding into the plan's lines and totals, in decimals and units.</summary>
internal static class PlanWriter
{
    public static AllocationPlan Write<T>(
        AllocationRequest request, Recipient[] byId, ExactBases<T> bases, long packs,
        Fraction<T>? factor, ExactShare<T>[] shares, int[] receivers) where T : IBinaryInteger<T>
    {
        var adjusted = new bool[byId.Length];
        foreach (var i in receivers) adjusted[i] = true;

        // Without a factor every share is a whole cap, so any denominator does for the (zero) remainders.
        var denominator = factor is { } common ? common.Denominator : T.One;
        var hundred = T.CreateChecked(100);
        var lines = new AllocationLine[byId.Length];
        long allocated = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var (share, recipient) = (shares[i], byId[i]);
            var final = share.Whole + (adjusted[i] ? 1 : 0);
            allocated += final;
            lines[i] = new AllocationLine
            {
                RecipientId = recipient.Id,
                Basis = recipient.Basis,
                MinimumPacks = recipient.MinimumPacks,
                MaximumPacks = recipient.MaximumPacks,
                SharePercent = T.IsZero(bases.Total) ? 0m : ExactDecimal.Truncate(bases.Scaled[i] * hundred, bases.Total)!.Value,
                IdealPacks = ExactDecimal.Compose((UInt128)share.Whole, share.Remainder, denominator),
                Cap = share.Cap,
                WholePacks = share.Whole,
                RoundingAdjustment = adjusted[i] ? 1 : 0,
                FinalPacks = final,
                FinalUnits = final * request.PackSize,
            };
        }

        var afterReserve = request.AvailableUnits - request.ReserveUnits;
        return new AllocationPlan
        {
            AvailableUnits = request.AvailableUnits,
            PackSize = request.PackSize,
            ReserveUnits = request.ReserveUnits,
            PacksAvailable = packs,
            LooseUnits = afterReserve - packs * request.PackSize,
            TotalBasis = bases.TotalBasis!.Value,
            PacksPerBasisUnit = factor is { } f ? PerBasisUnit(f, bases.Scale) : null,
            Lines = lines,
            PacksAllocated = allocated,
            UnitsAllocated = allocated * request.PackSize,
            PacksLeftInReserve = packs - allocated,
        };
    }

    // λ is per scaled unit of basis; per unit of basis it is 10^scale times more, which may outgrow T: once
    // per plan, BigInteger costs nothing.
    private static decimal? PerBasisUnit<T>(Fraction<T> factor, int scale) where T : IBinaryInteger<T> =>
        ExactDecimal.Truncate(
            BigInteger.CreateChecked(factor.Numerator) * BigInteger.Pow(10, scale),
            BigInteger.CreateChecked(factor.Denominator));
}
