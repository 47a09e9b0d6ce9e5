using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Tests.Allocation.Engine;

/// <summary>
/// The properties every plan must have, checked from the outside: they restate the spec's method without
/// using the engine's own arithmetic, so a plan that passes them is the spec's answer. Each check collects
/// the lines that break it, so a failure shows them.
/// </summary>
public static class PlanChecks
{
    // Decimals carry 28 digits; the generated rounds stay far inside, so this only absorbs truncation.
    private const decimal Tolerance = 0.000000000001m;

    public static AllocationPlan Allocated(AllocationRequest request)
    {
        var result = AllocationEngine.Allocate(request);
        result.Errors.ShouldBeEmpty();
        return result.Plan.ShouldNotBeNull();
    }

    /// <summary>
    /// The total is P exactly unless every positive basis is held at its maximum, when the rest is in reserve;
    /// units add up; lines come in id order, one per recipient.
    /// </summary>
    public static void TotalIsExact(AllocationRequest request, AllocationPlan plan)
    {
        plan.PacksAvailable.ShouldBe((request.AvailableUnits - request.ReserveUnits) / request.PackSize);
        plan.Lines.Select(l => l.RecipientId).ShouldBe(request.Recipients.Select(r => r.Id).Order());
        plan.PacksAllocated.ShouldBe(plan.Lines.Sum(l => l.FinalPacks));
        (plan.PacksAllocated + plan.PacksLeftInReserve).ShouldBe(plan.PacksAvailable);
        plan.UnitsAllocated.ShouldBe(plan.PacksAllocated * plan.PackSize);
        (plan.ReserveUnits + plan.LooseUnits + plan.PacksAvailable * plan.PackSize).ShouldBe(plan.AvailableUnits);
        plan.LooseUnits.ShouldBeInRange(0, plan.PackSize - 1);
        plan.PacksLeftInReserve.ShouldBeGreaterThanOrEqualTo(0);
        plan.AllAtMaximum.ShouldBe(plan.PacksLeftInReserve > 0);
        if (!plan.AllAtMaximum) return;

        // Packs stay in reserve only when no line could take one more: positive bases at their maximum, the rest at their minimum.
        plan.Lines.Where(l => l.FinalPacks != (l.Basis > 0 ? l.MaximumPacks : l.MinimumPacks ?? 0)).ShouldBeEmpty();
    }

    /// <summary>No line is below its minimum or above its maximum, ideal share or final packs.</summary>
    public static void CapsHold(AllocationPlan plan) =>
        plan.Lines.Where(l => Math.Min(l.FinalPacks, l.IdealPacks) < (l.MinimumPacks ?? 0) || Math.Max(l.FinalPacks, l.IdealPacks) > (l.MaximumPacks ?? long.MaxValue))
            .ShouldBeEmpty();

    /// <summary>
    /// The ideal shares are the clamped-proportional shares: with the plan's one factor λ, each is
    /// clamp(basis × λ, min, max), the cap named is the one that bound, and together they make P.
    /// </summary>
    public static void IdealIsClampedProportional(AllocationPlan plan)
    {
        if (plan.AllAtMaximum)
        {
            plan.PacksPerBasisUnit.ShouldBeNull();
            plan.Lines.Where(l => l.Basis > 0 && (l.Cap != CapApplied.Maximum || l.IdealPacks != l.MaximumPacks)).ShouldBeEmpty();
            return;
        }

        // Each ideal share is truncated at its 28th significant digit.
        plan.Lines.Sum(l => l.IdealPacks).ShouldBe(plan.PacksAvailable, plan.Lines.Sum(l => Tolerance * Math.Max(1, l.IdealPacks)));
        var factor = plan.PacksPerBasisUnit.ShouldNotBeNull();
        plan.Lines.Where(l => !IsClampedProportional(l, factor)).ShouldBeEmpty();
    }

    private static bool IsClampedProportional(AllocationLine line, decimal factor)
    {
        var proportional = line.Basis * factor;
        var (minimum, maximum) = (line.MinimumPacks ?? 0, line.MaximumPacks ?? decimal.MaxValue);
        var clamped = Math.Clamp(proportional, minimum, maximum);
        return Math.Abs(line.IdealPacks - clamped) <= Tolerance * Math.Max(1, clamped) && line.Cap switch
        {
            CapApplied.Minimum => line.IdealPacks == minimum && proportional <= minimum + Tolerance,
            CapApplied.Maximum => line.IdealPacks == maximum && proportional >= maximum - Tolerance,
            _ => proportional >= minimum - Tolerance && proportional <= maximum + Tolerance,
        };
    }

    /// <summary>
    /// Largest-remainder rounding: every line has the whole part of its ideal share plus 0 or 1, so it is within
    /// one pack of it; and the lines that got the extra pack rank first among the lines with a fractional part:
    /// larger fraction, then larger basis, then lower id.
    /// </summary>
    public static void RoundingIsLargestRemainder(AllocationPlan plan)
    {
        plan.Lines.Where(l =>
                l.WholePacks != decimal.Floor(l.IdealPacks) || l.RoundingAdjustment is not (0 or 1)
                || l.FinalPacks != l.WholePacks + l.RoundingAdjustment || Math.Abs(l.FinalPacks - l.IdealPacks) >= 1
                || l.FinalUnits != l.FinalPacks * plan.PackSize)
            .ShouldBeEmpty();
        plan.Lines.Where(l => Fraction(l) == 0 && l.RoundingAdjustment == 1).ShouldBeEmpty("only fractional shares are rounded up");

        // The last line rounded up must rank before the first line left down.
        var fractional = plan.Lines.Where(l => Fraction(l) > 0).ToList();
        var lastUp = fractional.Where(l => l.RoundingAdjustment == 1).Order(Ranking).LastOrDefault();
        var firstDown = fractional.Where(l => l.RoundingAdjustment == 0).Order(Ranking).FirstOrDefault();
        if (lastUp is not null && firstDown is not null)
            Ranking.Compare(lastUp, firstDown).ShouldBeLessThan(0, $"{lastUp} was rounded up before {firstDown}");
    }

    private static decimal Fraction(AllocationLine line) => line.IdealPacks - line.WholePacks;

    // Larger fraction first, then larger basis, then lower id. Distinct fractions of the generated rounds differ
    // by far more than 10^-20, and the ideal shares are truncated far below it, so a smaller gap is a true tie.
    private static readonly Comparer<AllocationLine> Ranking = Comparer<AllocationLine>.Create((a, b) =>
    {
        var gap = Fraction(b) - Fraction(a);
        if (Math.Abs(gap) > 1e-20m) return Math.Sign(gap);
        return a.Basis != b.Basis ? b.Basis.CompareTo(a.Basis) : a.RecipientId.CompareTo(b.RecipientId);
    });

    public static void AllHold(AllocationRequest request, AllocationPlan plan)
    {
        AllButTheFactorHold(request, plan);
        IdealIsClampedProportional(plan);
    }

    /// <summary>
    /// For rounds at a decimal's limits, where the factor itself has too few digits to recompute the shares from
    /// (a factor below 10^-18 keeps at most 10 of them): their tests check the ideal shares by hand instead.
    /// </summary>
    public static void AllButTheFactorHold(AllocationRequest request, AllocationPlan plan)
    {
        TotalIsExact(request, plan);
        CapsHold(plan);
        RoundingIsLargestRemainder(plan);
    }
}
