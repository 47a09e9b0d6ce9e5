using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Tests.Allocation.Engine;

/// <summary>The steps of SPEC §5 on rounds small enough to follow by hand.</summary>
public sealed class WorkedExampleTests
{
    [Fact]
    public void Proportional_shares_then_the_packs_left_over_by_largest_fraction()
    {
        // 1,000 units in packs of 12: P = 83 packs, 4 units loose. Sales 500, 300, 150, 50 (total 1,000):
        // ideal 41.5, 24.9, 12.45, 4.15 → wholes 41, 24, 12, 4 = 81; the 2 packs left go to .9 (id 2) and .5 (id 1).
        var plan = Rounds.Allocate(1_000, packSize: 12, reserve: 0,
            new Recipient(1, 500), new Recipient(2, 300), new Recipient(3, 150), new Recipient(4, 50));

        (plan.PacksAvailable, plan.LooseUnits, plan.TotalBasis).ShouldBe((83L, 4L, 1_000m));
        plan.PacksPerBasisUnit.ShouldBe(0.083m);
        plan.Lines.Select(l => l.SharePercent).ShouldBe([50m, 30m, 15m, 5m]);
        plan.Lines.Select(l => l.IdealPacks).ShouldBe([41.5m, 24.9m, 12.45m, 4.15m]);
        plan.Lines.Select(l => l.WholePacks).ShouldBe([41L, 24L, 12L, 4L]);
        plan.Lines.Select(l => l.RoundingAdjustment).ShouldBe([1, 1, 0, 0]);
        plan.Lines.Select(l => l.FinalPacks).ShouldBe([42L, 25L, 12L, 4L]);
        plan.Lines.Select(l => l.FinalUnits).ShouldBe([504L, 300L, 144L, 48L]);
        plan.Lines.ShouldAllBe(l => l.Cap == CapApplied.None);
        (plan.PacksAllocated, plan.UnitsAllocated, plan.PacksLeftInReserve, plan.UnitsNotAllocated).ShouldBe((83L, 996L, 0L, 4L));
    }

    [Fact]
    public void The_reserve_is_held_back_in_units_before_the_packs_are_counted()
    {
        // 1,000 units less a reserve of 30 leave 970: 80 packs of 12 and 10 loose units, which stay back too.
        var plan = Rounds.Allocate(1_000, packSize: 12, reserve: 30,
            new Recipient(1, 500), new Recipient(2, 300), new Recipient(3, 150), new Recipient(4, 50));

        (plan.PacksAvailable, plan.LooseUnits).ShouldBe((80L, 10L));
        plan.Lines.Select(l => l.FinalPacks).ShouldBe([40L, 24L, 12L, 4L]);
        plan.Lines.ShouldAllBe(l => l.RoundingAdjustment == 0);
        plan.UnitsNotAllocated.ShouldBe(40);
    }

    [Fact]
    public void A_maximum_lowers_a_share_a_minimum_raises_one_and_the_others_share_the_rest_by_one_factor()
    {
        // 1,010 units in packs of 12: P = 84. Id 1 (500) may have 30 packs at most, id 4 (50) needs 8 at least.
        // With 1 at 30 and 4 at 8, ids 2 and 3 share 46 packs by 300 : 150 → factor 46/450 ≈ 0.1022 per unit sold,
        // ideal 30.67 and 15.33. Check: 500 × 0.1022 = 51.1 > 30 (lowered), 50 × 0.1022 = 5.1 < 8 (raised).
        // Wholes 30 + 30 + 15 + 8 = 83; the pack left goes to id 2 (.67 before .33).
        var plan = Rounds.Allocate(1_010, packSize: 12, reserve: 0,
            new Recipient(1, 500, MaximumPacks: 30), new Recipient(2, 300), new Recipient(3, 150), new Recipient(4, 50, MinimumPacks: 8));

        plan.PacksAvailable.ShouldBe(84);
        plan.PacksPerBasisUnit.ShouldBe(0.1022222222222222222222222222m);
        plan.Lines.Select(l => l.Cap).ShouldBe([CapApplied.Maximum, CapApplied.None, CapApplied.None, CapApplied.Minimum]);
        plan.Lines.Select(l => l.IdealPacks).ShouldBe([30m, 30.66666666666666666666666666m, 15.33333333333333333333333333m, 8m]);
        plan.Lines.Select(l => l.FinalPacks).ShouldBe([30L, 31L, 15L, 8L]);
        plan.PacksAllocated.ShouldBe(84);
    }

    [Fact]
    public void When_every_positive_basis_is_at_its_maximum_the_rest_stays_in_reserve_and_the_plan_says_so()
    {
        // 185 units in packs of 6: P = 30, 5 loose. Ids 1 and 2 may take 10 each; id 3 has no sales but a minimum of 2.
        var plan = Rounds.Allocate(185, packSize: 6, reserve: 0,
            new Recipient(1, 200, MaximumPacks: 10), new Recipient(2, 100, MaximumPacks: 10), new Recipient(3, 0, MinimumPacks: 2));

        plan.Lines.Select(l => l.FinalPacks).ShouldBe([10L, 10L, 2L]);
        plan.Lines.Select(l => l.Cap).ShouldBe([CapApplied.Maximum, CapApplied.Maximum, CapApplied.Minimum]);
        plan.AllAtMaximum.ShouldBeTrue();
        plan.PacksLeftInReserve.ShouldBe(8);
        plan.PacksPerBasisUnit.ShouldBeNull();
        plan.UnitsNotAllocated.ShouldBe(5 + 8 * 6);
    }

    [Fact]
    public void Maximums_that_add_up_to_exactly_P_leave_nothing_in_reserve()
    {
        var plan = Rounds.Packs(20, new Recipient(1, 200, MaximumPacks: 10), new Recipient(2, 100, MaximumPacks: 10));

        plan.Lines.Select(l => l.FinalPacks).ShouldBe([10L, 10L]);
        (plan.AllAtMaximum, plan.PacksLeftInReserve).ShouldBe((false, 0L));
    }

    [Fact]
    public void A_basis_of_zero_gets_its_minimum_and_nothing_more()
    {
        var plan = Rounds.Packs(10, new Recipient(1, 0), new Recipient(2, 0, MinimumPacks: 3), new Recipient(3, 7));

        plan.Finals().ShouldBe(new Dictionary<int, long> { [1] = 0, [2] = 3, [3] = 7 });
        plan.Line(1).Cap.ShouldBe(CapApplied.None);
        plan.Line(2).Cap.ShouldBe(CapApplied.Minimum);
        plan.Line(1).SharePercent.ShouldBe(0);
    }

    [Fact]
    public void Minimums_that_take_all_of_P_decide_the_round_even_without_any_basis()
    {
        var plan = Rounds.Packs(5, new Recipient(1, 0, MinimumPacks: 2), new Recipient(2, 0, MinimumPacks: 3));

        plan.Finals().ShouldBe(new Dictionary<int, long> { [1] = 2, [2] = 3 });
        plan.PacksPerBasisUnit.ShouldBe(0);
    }

    [Fact]
    public void A_share_exactly_at_its_cap_counts_as_proportional()
    {
        // 10 packs by 1 : 1 → 5 each, and id 1's maximum is 5: it is not lowered, its share just meets the cap.
        var plan = Rounds.Packs(10, new Recipient(1, 1, MaximumPacks: 5), new Recipient(2, 1, MinimumPacks: 5));

        plan.Lines.Select(l => (l.FinalPacks, l.Cap)).ShouldBe([(5L, CapApplied.None), (5L, CapApplied.None)]);
    }
}
