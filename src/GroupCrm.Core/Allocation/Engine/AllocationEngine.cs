using System.Numerics;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// Scarce-stock allocation (SPEC §5): a pure function of its input, with no database, clock or I/O, so a
/// preview, an approval and a notice written months later all give the same lines.
/// <list type="number">
/// <item>P = the whole packs available after the reserve.</item>
/// <item>Each recipient's exact share is its basis times one common factor, raised to its minimum or lowered
/// to its maximum, the factor chosen so the shares add up to P (<see cref="CommonFactor"/>). If every
/// recipient with a positive basis is held at its maximum below P, the rest stays in reserve.</item>
/// <item>Round to whole packs by largest remainder (<see cref="LargestRemainder"/>): the total is P exactly,
/// but for the at-maximum case.</item>
/// </list>
/// The result does not depend on the order of the recipients: they are put in id order first. All
/// arithmetic is on exact integers (<see cref="IntegerWidth"/>); decimals appear only in the plan.
/// </summary>
public static class AllocationEngine
{
    // Int128 for every real round, BigInteger only for numbers that would outgrow it: see IntegerWidth.
    public static AllocationResult Allocate(AllocationRequest request) =>
        Allocate(request, (byId, packs, scale) => IntegerWidth.FitsInt128(byId, packs, scale)
            ? Allocate<Int128>(request, byId, packs, scale)
            : Allocate<BigInteger>(request, byId, packs, scale));

    /// <summary>As <see cref="Allocate(AllocationRequest)"/>, always on <typeparamref name="T"/>: the tests check both widths agree.</summary>
    internal static AllocationResult AllocateWith<T>(AllocationRequest request) where T : IBinaryInteger<T> =>
        Allocate(request, (byId, packs, scale) => Allocate<T>(request, byId, packs, scale));

    /// <summary>
    /// Splits an account's packs over its stores "the same way, by store sales" (SPEC §5): the same method
    /// with the stores as recipients (basis = the store's sales), no reserve, and nothing loose, since the
    /// account's quantity is whole packs already. Stores may carry minimums and maximums like accounts.
    /// If no store sold anything the split is refused (<see cref="AllocationProblem.NoPositiveBasis"/>):
    /// the round decides what to do then, for instance equal shares (basis 1 for every store).
    /// </summary>
    public static AllocationResult SplitOverStores(long accountPacks, int packSize, IReadOnlyList<Recipient> stores)
    {
        // Invalid packs or pack sizes go through unchanged, to be reported just as Allocate reports them.
        var units = packSize > 0 && accountPacks > 0 ? checked(accountPacks * packSize) : accountPacks;
        return Allocate(new AllocationRequest(units, packSize, ReserveUnits: 0, stores));
    }

    private static AllocationResult Allocate(AllocationRequest request, Func<Recipient[], long, int, AllocationResult> allocate)
    {
        var byId = InIdOrder(request.Recipients);
        List<AllocationError> errors =
        [
            .. InputChecks.OfQuantities(request.AvailableUnits, request.PackSize, request.ReserveUnits),
            .. InputChecks.OfRecipients(byId),
        ];
        if (errors.Count > 0) return AllocationResult.Refused(errors);

        var packs = (request.AvailableUnits - request.ReserveUnits) / request.PackSize;
        return allocate(byId, packs, IntegerWidth.BasisScale(byId));
    }

    private static AllocationResult Allocate<T>(AllocationRequest request, Recipient[] byId, long packs, int scale)
        where T : IBinaryInteger<T>
    {
        var bases = ExactBases<T>.Of(byId, scale);
        List<AllocationError> errors = [.. FeasibilityChecks.Of(byId, bases.TotalBasis, packs)];
        if (errors.Count > 0) return AllocationResult.Refused(errors);

        var lines = new ExactLine<T>[byId.Length];
        for (var i = 0; i < lines.Length; i++)
            lines[i] = new ExactLine<T>(bases.Scaled[i], byId[i].MinimumPacks ?? 0, byId[i].MaximumPacks);

        var factor = CommonFactor.Find(lines, packs);
        var shares = ClampedShares.At(lines, factor);
        var leftover = factor is null ? 0 : packs - shares.Sum(s => s.Whole);
        var receivers = LargestRemainder.Receivers(lines, shares, leftover);
        return AllocationResult.Done(PlanWriter.Write(request, byId, bases, packs, factor, shares, receivers));
    }

    private static Recipient[] InIdOrder(IReadOnlyList<Recipient> recipients)
    {
        var byId = recipients.ToArray();
        Array.Sort(byId.Select(r => r.Id).ToArray(), byId);
        return byId;
    }
}
