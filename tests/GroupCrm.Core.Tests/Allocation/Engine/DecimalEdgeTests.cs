using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Tests.Allocation.Engine;

/// <summary>The arithmetic at its limits: it is exact integer arithmetic inside, so nothing drifts.</summary>
public sealed class DecimalEdgeTests
{
    [Fact]
    public void The_largest_quantity_is_shared_to_the_last_pack()
    {
        // long.MaxValue packs of one unit by 1 : 1 : 1: wholes of 3,074,457,345,618,258,602 each and one pack left over.
        var plan = Rounds.Allocate(long.MaxValue, 1, 0, new Recipient(1, 1), new Recipient(2, 1), new Recipient(3, 1));

        plan.PacksAllocated.ShouldBe(long.MaxValue);
        plan.Lines.Select(l => l.FinalPacks).ShouldBe([3_074_457_345_618_258_603L, 3_074_457_345_618_258_602L, 3_074_457_345_618_258_602L]);
        plan.Line(2).IdealPacks.ShouldBe(3_074_457_345_618_258_602.333333333m);
    }

    [Fact]
    public void A_huge_quantity_in_large_packs_with_a_reserve()
    {
        var plan = Rounds.Allocate(long.MaxValue, 1_000, 807, new Recipient(1, 2), new Recipient(2, 1, MaximumPacks: 1));

        (plan.PacksAvailable, plan.LooseUnits).ShouldBe((9_223_372_036_854_775L, 0L));
        plan.Lines.Select(l => l.FinalPacks).ShouldBe([9_223_372_036_854_774L, 1L]);
        plan.UnitsAllocated.ShouldBe(9_223_372_036_854_775_000L);
    }

    [Fact]
    public void The_tiniest_bases_share_as_well_as_large_ones()
    {
        var plan = Rounds.Packs(3, new Recipient(1, 0.0000000000000000000000000001m), new Recipient(2, 0.0000000000000000000000000002m));

        plan.Lines.Select(l => l.FinalPacks).ShouldBe([1L, 2L]);
        plan.Lines.Select(l => l.IdealPacks).ShouldBe([1m, 2m]);
        plan.Line(1).SharePercent.ShouldBe(33.33333333333333333333333333m);
        plan.PacksPerBasisUnit.ShouldBe(10_000_000_000_000_000_000_000_000_000m);
    }

    [Fact]
    public void A_tiny_basis_next_to_a_huge_one_gets_nothing_but_is_not_lost()
    {
        // Exactly, id 1's ideal share is 10^-46 packs and id 2's 10 − 10^-46: below what a decimal can show.
        var plan = Rounds.PacksAtTheLimits(10, new Recipient(1, 0.0000000000000000000000000001m), new Recipient(2, 10_000_000_000_000_000_000m));

        plan.Lines.Select(l => l.FinalPacks).ShouldBe([0L, 10L]);
        plan.Lines.Select(l => (l.IdealPacks, l.WholePacks, l.RoundingAdjustment)).ShouldBe([(0m, 0L, 0), (9.999999999999999999999999999m, 9L, 1)]);
        plan.Line(1).SharePercent.ShouldBe(0);
        plan.PacksPerBasisUnit.ShouldBe(0.0000000000000000009999999999m);
    }

    [Fact]
    public void Bases_with_all_28_places_are_used_exactly()
    {
        // Three equal thirds share 7 packs: 7/3 each exactly, so 2 each and the pack left over to the lowest id.
        // Decimal arithmetic would round one third times seven and could break the tie by accident.
        var third = 1 / 3m;
        var plan = Rounds.Packs(7, new Recipient(3, third), new Recipient(2, third), new Recipient(1, third));

        plan.Lines.Select(l => l.FinalPacks).ShouldBe([3L, 2L, 2L]);
        plan.Line(1).IdealPacks.ShouldBe(2.333333333333333333333333333m);
    }

    [Fact]
    public void One_pack_goes_to_the_largest_basis()
    {
        var plan = Rounds.Packs(1, new Recipient(1, 10), new Recipient(2, 30), new Recipient(3, 20), new Recipient(4, 30));

        plan.Finals().ShouldBe(new Dictionary<int, long> { [1] = 0, [2] = 1, [3] = 0, [4] = 0 });
    }

    [Fact]
    public void No_pack_after_the_reserve_gives_everyone_nothing_without_error()
    {
        var reserved = Rounds.Allocate(120, 12, 120, new Recipient(1, 5), new Recipient(2, 0));
        var lessThanAPack = Rounds.Allocate(11, 12, 0, new Recipient(1, 5), new Recipient(2, 0));

        (reserved.PacksAvailable, reserved.PacksAllocated, reserved.LooseUnits).ShouldBe((0L, 0L, 0L));
        (lessThanAPack.PacksAvailable, lessThanAPack.PacksAllocated, lessThanAPack.LooseUnits).ShouldBe((0L, 0L, 11L));
        reserved.Lines.ShouldAllBe(l => l.FinalPacks == 0 && l.IdealPacks == 0);
    }

    [Fact]
    public void A_basis_of_the_largest_decimal_is_fine_on_its_own()
    {
        var plan = Rounds.PacksAtTheLimits(5, new Recipient(1, decimal.MaxValue), new Recipient(2, 0));

        plan.TotalBasis.ShouldBe(decimal.MaxValue);
        plan.Lines.Select(l => (l.IdealPacks, l.FinalPacks)).ShouldBe([(5m, 5L), (0m, 0L)]);
        plan.PacksPerBasisUnit.ShouldBe(0, "5 / 7.9 × 10^28 packs per unit is below a decimal's 28 places");
        plan.Line(1).SharePercent.ShouldBe(100);
    }

    [Fact]
    public void The_largest_caps_and_a_negative_zero_basis()
    {
        var plan = Rounds.Packs(long.MaxValue, new Recipient(1, -0m), new Recipient(2, 1, MaximumPacks: long.MaxValue - 1), new Recipient(3, 1, MinimumPacks: 1));

        // Ideal ….5 each for ids 2 and 3, an exact tie on equal bases: the lower id takes the odd pack.
        plan.Lines.Select(l => l.FinalPacks).ShouldBe([0L, long.MaxValue / 2 + 1, long.MaxValue / 2]);
        plan.Line(3).Cap.ShouldBe(CapApplied.None);
    }

    [Fact]
    public void Numbers_beyond_Int128_are_computed_on_BigInteger()
    {
        Recipient[] sales = [new(1, 5_000), new(2, 12.5m, 2, 40)];
        Recipient[] limits = [new(1, decimal.MaxValue), new(2, 0.0000000000000000000000000001m)];

        IntegerWidth.FitsInt128(sales, 1_000_000, IntegerWidth.BasisScale(sales)).ShouldBeTrue();
        IntegerWidth.FitsInt128(limits, 5, IntegerWidth.BasisScale(limits)).ShouldBeFalse();
        IntegerWidth.FitsInt128([new(1, 1_000_000_000_000_000_000m), new(2, 3)], long.MaxValue, 0).ShouldBeFalse();
    }

    [Fact]
    public void Twenty_thousand_lines_add_up_exactly()
    {
        // Not a timing test (see bench/GroupCrm.Bench.Allocation): the size itself must not change the answer.
        var recipients = Enumerable.Range(1, 20_000)
            .Select(id => new Recipient(id, id % 7 == 0 ? 0 : id % 97 + 0.5m, id % 11 == 0 ? 2 : null, id % 13 == 0 ? 5 : null))
            .ToArray();

        var plan = Rounds.Allocate(1_234_567, 6, 1_000, recipients);

        plan.PacksAllocated.ShouldBe((1_234_567 - 1_000) / 6);
    }
}
