using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Tests.Allocation.Engine;

/// <summary>Packs left over after the whole parts: largest fraction first, then the larger basis, then the lower id.</summary>
public sealed class TieBreakTests
{
    [Fact]
    public void Equal_fractions_and_equal_bases_go_to_the_lower_id_whatever_the_input_order()
    {
        // 1 pack over two equal bases: 0.5 each; recipient 3 is listed last and still wins.
        var plan = Rounds.Packs(1, new Recipient(7, 10), new Recipient(3, 10));

        plan.Line(3).IdealPacks.ShouldBe(0.5m);
        plan.Finals().ShouldBe(new Dictionary<int, long> { [3] = 1, [7] = 0 });
        plan.Line(3).RoundingAdjustment.ShouldBe(1);
    }

    [Fact]
    public void Equal_fractions_go_to_the_larger_basis_before_the_lower_id()
    {
        // 2 packs over bases 1 and 3: ideal 0.5 and 1.5, both fractions 0.5; the larger basis (id 9) wins over id 1.
        var plan = Rounds.Packs(2, new Recipient(1, 1), new Recipient(9, 3));

        plan.Line(1).IdealPacks.ShouldBe(0.5m);
        plan.Line(9).IdealPacks.ShouldBe(1.5m);
        plan.Finals().ShouldBe(new Dictionary<int, long> { [1] = 0, [9] = 2 });
    }

    [Fact]
    public void Ties_are_exact_even_when_the_fractions_never_terminate()
    {
        // 2 packs over bases 1, 4, 1: ideal 1/3, 4/3, 1/3, all fractions exactly 1/3. In decimals 4/3 keeps one
        // place fewer than 1/3 and would look smaller; the engine compares exactly, so the larger basis wins.
        var plan = Rounds.Packs(2, new Recipient(1, 1), new Recipient(2, 4), new Recipient(3, 1));

        plan.Finals().ShouldBe(new Dictionary<int, long> { [1] = 0, [2] = 2, [3] = 0 });
        plan.Line(2).WholePacks.ShouldBe(1);
        plan.Line(2).RoundingAdjustment.ShouldBe(1);
    }

    [Fact]
    public void A_larger_fraction_beats_a_larger_basis()
    {
        // 3 packs over bases 3 (id 1) and 1 (id 2): ideal 2.25 and 0.75, wholes 2 and 0; the pack left over goes
        // to the larger fraction, 0.75, though its basis and id would both lose a tie.
        var plan = Rounds.Packs(3, new Recipient(1, 3), new Recipient(2, 1));

        plan.Finals().ShouldBe(new Dictionary<int, long> { [1] = 2, [2] = 1 });
    }

    [Fact]
    public void Three_way_tie_hands_the_packs_out_by_basis_then_id()
    {
        // 3 packs over bases 2, 2, 4, 4 (ids 4, 3, 2, 1): ideal 0.5, 0.5, 1, 1 → wholes 0, 0, 1, 1, one pack left,
        // fractions 0.5 and 0.5 on equal bases: id 3 before id 4.
        var plan = Rounds.Packs(3, new Recipient(4, 2), new Recipient(3, 2), new Recipient(2, 4), new Recipient(1, 4));

        plan.Finals().ShouldBe(new Dictionary<int, long> { [1] = 1, [2] = 1, [3] = 1, [4] = 0 });
    }

    [Fact]
    public void A_line_at_its_maximum_never_takes_a_pack_left_over()
    {
        // 6 packs; recipient 1 (basis 10) is lowered to its maximum 3; 2 and 3 share the other 3: 1.5 each.
        // The pack left over goes to the lower id among them, never to 1, whose share is whole.
        var plan = Rounds.Packs(6, new Recipient(1, 10, MaximumPacks: 3), new Recipient(2, 1), new Recipient(3, 1));

        plan.Line(1).Cap.ShouldBe(CapApplied.Maximum);
        plan.Finals().ShouldBe(new Dictionary<int, long> { [1] = 3, [2] = 2, [3] = 1 });
    }
}
