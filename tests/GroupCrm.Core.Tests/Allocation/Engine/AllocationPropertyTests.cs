using System.Numerics;
using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Tests.Allocation.Engine;

/// <summary>
/// The spec's guarantees on 2,000 generated rounds each (fixed seeds, see <see cref="RandomRounds"/>).
/// </summary>
public sealed class AllocationPropertyTests
{
    private const int Cases = 2_000;

    [Fact]
    public void The_total_is_the_packs_available_exactly_unless_every_positive_basis_is_at_its_maximum()
    {
        var atMaximum = 0;
        foreach (var request in new RandomRounds(seed: 501).Take(Cases))
        {
            var plan = PlanChecks.Allocated(request);
            PlanChecks.TotalIsExact(request, plan);
            if (plan.AllAtMaximum) atMaximum++;
            else plan.PacksAllocated.ShouldBe(plan.PacksAvailable);
        }
        // The generator must reach the exception too, or the property is only half tested.
        atMaximum.ShouldBeInRange(Cases / 50, Cases / 2);
    }

    [Fact]
    public void No_line_breaks_its_caps_and_the_caps_named_are_the_ones_that_bound()
    {
        var (raised, lowered) = (0, 0);
        foreach (var request in new RandomRounds(seed: 502).Take(Cases))
        {
            var plan = PlanChecks.Allocated(request);
            PlanChecks.CapsHold(plan);
            PlanChecks.IdealIsClampedProportional(plan);
            raised += plan.Lines.Count(l => l.Cap == CapApplied.Minimum);
            lowered += plan.Lines.Count(l => l.Cap == CapApplied.Maximum);
        }
        raised.ShouldBeGreaterThan(Cases);
        lowered.ShouldBeGreaterThan(Cases);
    }

    [Fact]
    public void Each_line_is_within_one_pack_of_its_ideal_share_and_the_extra_packs_go_by_largest_remainder()
    {
        var roundedUp = 0;
        foreach (var request in new RandomRounds(seed: 503).Take(Cases))
        {
            var plan = PlanChecks.Allocated(request);
            PlanChecks.RoundingIsLargestRemainder(plan);
            roundedUp += plan.Lines.Sum(l => l.RoundingAdjustment);
        }
        roundedUp.ShouldBeGreaterThan(Cases);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_recipients()
    {
        var rounds = new RandomRounds(seed: 504);
        foreach (var request in rounds.Take(Cases))
        {
            var plan = PlanChecks.Allocated(request);
            var shuffled = PlanChecks.Allocated(request with { Recipients = rounds.Shuffle(request.Recipients) });
            shuffled.Lines.ShouldBe(plan.Lines);
            (shuffled with { Lines = plan.Lines }).ShouldBe(plan);
        }
    }

    /// <summary>
    /// The precise property: with every other input unchanged, raising one recipient's basis never lowers its
    /// final packs nor its ideal share, and never raises any other recipient's ideal share. It holds with caps
    /// too: a recipient at its maximum stays there, one raised to its minimum can only leave it upwards; what caps
    /// change is that a raise may bring nothing (at the maximum, or still under the minimum).
    /// </summary>
    [Fact]
    public void Raising_one_basis_never_lowers_that_recipients_allocation_nor_raises_anyone_elses_ideal_share()
    {
        var (rounds, gained, capped) = (new RandomRounds(seed: 505), 0, 0);
        foreach (var request in rounds.Take(Cases))
        {
            var chosen = rounds.Below(request.Recipients.Count);
            var recipients = request.Recipients.ToArray();
            recipients[chosen] = recipients[chosen] with { Basis = rounds.Raise(recipients[chosen].Basis) };
            var id = recipients[chosen].Id;

            var before = PlanChecks.Allocated(request).Lines.ToDictionary(l => l.RecipientId);
            var after = PlanChecks.Allocated(request with { Recipients = recipients }).Lines.ToDictionary(l => l.RecipientId);

            after[id].FinalPacks.ShouldBeGreaterThanOrEqualTo(before[id].FinalPacks);
            after[id].IdealPacks.ShouldBeGreaterThanOrEqualTo(before[id].IdealPacks);
            foreach (var other in before.Keys.Where(k => k != id))
                after[other].IdealPacks.ShouldBeLessThanOrEqualTo(before[other].IdealPacks);
            if (after[id].FinalPacks > before[id].FinalPacks) gained++;
            if (before[id].Cap != CapApplied.None) capped++;
        }
        gained.ShouldBeGreaterThan(Cases / 10);
        capped.ShouldBeGreaterThan(Cases / 20);
    }

    /// <summary>
    /// The engine computes on Int128 when a round's numbers fit, else on BigInteger; both must give the same
    /// plan to the last digit (the edge-case tests run rounds that only BigInteger can take).
    /// </summary>
    [Fact]
    public void Both_integer_widths_give_the_same_plans()
    {
        foreach (var request in new RandomRounds(seed: 507).Take(Cases))
        {
            var narrow = AllocationEngine.AllocateWith<Int128>(request).Plan.ShouldNotBeNull();
            var wide = AllocationEngine.AllocateWith<BigInteger>(request).Plan.ShouldNotBeNull();
            wide.Lines.ShouldBe(narrow.Lines);
            (wide with { Lines = narrow.Lines }).ShouldBe(narrow);
        }
    }

    [Fact]
    public void Every_property_holds_together_including_store_splits()
    {
        var rounds = new RandomRounds(seed: 506);
        foreach (var request in rounds.Take(Cases / 10))
        {
            var plan = PlanChecks.Allocated(request);
            PlanChecks.AllHold(request, plan);

            // Each account's packs over stores invented for it: the same properties, and every pack reaches a store.
            foreach (var line in plan.Lines.Where(l => l.FinalPacks > 0).Take(3))
            {
                var stores = rounds.Next().Recipients.Select(s => s with { MinimumPacks = null, MaximumPacks = null, Basis = s.Basis + 1 }).ToList();
                var split = AllocationEngine.SplitOverStores(line.FinalPacks, plan.PackSize, stores);
                split.Succeeded.ShouldBeTrue();
                PlanChecks.AllHold(new AllocationRequest(line.FinalUnits, plan.PackSize, 0, stores), split.Plan!);
                split.Plan!.PacksAllocated.ShouldBe(line.FinalPacks);
            }
        }
    }
}
