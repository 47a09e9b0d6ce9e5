using System.Globalization;

namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// Input that is valid line by line but cannot be shared out as the spec's method says: the minimums
/// already need more than P packs, or no recipient has a basis to share the packs by.
/// <para>
/// Every basis 0 is refused only when packs remain after the minimums: when the minimums take exactly
/// P (for instance P = 0 and no minimums) the allocation is fully decided without a basis, so it stands.
/// Such packs are not put in reserve instead, unlike the at-maximum case: with no basis at all, the
/// round's basis is missing, which is the manager's to fix, not the engine's to hide.
/// </para>
/// </summary>
internal static class FeasibilityChecks
{
    /// <param name="totalBasis">The sum of the bases; null when it is beyond a decimal's range.</param>
    public static IEnumerable<AllocationError> Of(Recipient[] byId, decimal? totalBasis, long packs)
    {
        if (totalBasis is null)
        {
            yield return new(AllocationProblem.BasisTooLarge, InputChecks.Ids(byId),
                "The bases add up to more than {0}; scale them down (only their ratios matter).", RecipientList.Number(decimal.MaxValue));
            yield break;
        }

        Int128 minimums = 0;
        foreach (var recipient in byId) minimums += recipient.MinimumPacks ?? 0;

        if (minimums > packs)
        {
            Recipient[] withMinimum = [.. byId.Where(r => r.MinimumPacks > 0)];
            yield return new(AllocationProblem.MinimumsAbovePacksAvailable, InputChecks.Ids(withMinimum),
                "The minimums of recipients {0} add up to {1} packs, more than the {2} packs available.",
                RecipientList.Describe(withMinimum, r => $"{r.Id} ({RecipientList.Number(r.MinimumPacks!.Value)})"),
                minimums.ToString(CultureInfo.InvariantCulture), packs);
        }
        else if (totalBasis == 0 && minimums < packs)
        {
            yield return new(AllocationProblem.NoPositiveBasis, InputChecks.Ids(byId),
                "Every recipient has a basis of 0 ({0}), so nothing says how to share the {1} packs left after the minimums.",
                RecipientList.Describe(InputChecks.Ids(byId)), (long)(packs - minimums));
        }
    }
}
