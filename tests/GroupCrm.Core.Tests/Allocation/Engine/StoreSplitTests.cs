using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Tests.Allocation.Engine;

/// <summary>An account's packs are split over its stores the same way, by store sales (SPEC §5).</summary>
public sealed class StoreSplitTests
{
    [Fact]
    public void An_accounts_packs_go_to_its_stores_by_their_sales()
    {
        // 25 packs by sales 100 : 70 : 30: ideal 12.5, 8.75, 3.75 → wholes 12, 8, 3; the 2 packs left go to the .75s.
        var split = AllocationEngine.SplitOverStores(25, 12, [new Recipient(101, 100), new Recipient(102, 70), new Recipient(103, 30)]);

        var plan = split.Plan.ShouldNotBeNull();
        plan.Lines.Select(l => (l.RecipientId, l.IdealPacks, l.FinalPacks, l.FinalUnits)).ShouldBe([
            (101, 12.5m, 12L, 144L), (102, 8.75m, 9L, 108L), (103, 3.75m, 4L, 48L)]);
        (plan.PacksAvailable, plan.ReserveUnits, plan.LooseUnits, plan.UnitsAllocated).ShouldBe((25L, 0L, 0L, 300L));
    }

    [Fact]
    public void Every_account_line_of_a_round_splits_over_its_stores_to_the_pack()
    {
        var round = Rounds.Allocate(10_000, 24, 100, new Recipient(1, 900), new Recipient(2, 450, MaximumPacks: 100), new Recipient(3, 10, MinimumPacks: 20));
        var stores = new Dictionary<int, Recipient[]>
        {
            [1] = [new(11, 300), new(12, 299.5m), new(13, 0), new(14, 12)],
            [2] = [new(21, 1), new(22, 1), new(23, 1)],
            [3] = [new(31, 5)],
        };

        foreach (var line in round.Lines)
        {
            var split = AllocationEngine.SplitOverStores(line.FinalPacks, round.PackSize, stores[line.RecipientId]);
            var plan = split.Plan.ShouldNotBeNull();
            PlanChecks.AllHold(new AllocationRequest(line.FinalUnits, round.PackSize, 0, stores[line.RecipientId]), plan);
            (plan.PacksAllocated, plan.UnitsAllocated).ShouldBe((line.FinalPacks, line.FinalUnits));
        }
    }

    [Fact]
    public void Stores_that_sold_nothing_cannot_be_split_by_sales_and_bad_input_is_reported_as_for_a_round()
    {
        AllocationEngine.SplitOverStores(4, 6, [new Recipient(1, 0), new Recipient(2, 0)]).Single(AllocationProblem.NoPositiveBasis).RecipientIds.ShouldBe([1, 2]);
        AllocationEngine.SplitOverStores(0, 6, [new Recipient(1, 0), new Recipient(2, 0)]).Succeeded.ShouldBeTrue();
        AllocationEngine.SplitOverStores(-1, 6, [new Recipient(1, 1)]).Single(AllocationProblem.NegativeQuantity).ShouldNotBeNull();
        AllocationEngine.SplitOverStores(4, 0, [new Recipient(1, 1)]).Single(AllocationProblem.PackSizeNotPositive).ShouldNotBeNull();
    }
}
