using GroupCrm.Core.Allocation.Engine;

namespace GroupCrm.Core.Tests.Allocation.Engine;

/// <summary>Input the method cannot allocate: an error that says which recipients and why, and no plan.</summary>
public sealed class InfeasibleInputTests
{
    [Fact]
    public void Minimums_above_the_packs_available_name_the_recipients_with_a_minimum_and_their_sum()
    {
        var result = Rounds.Refused(10, 1, 0, new Recipient(9, 1, MinimumPacks: 7), new Recipient(2, 1), new Recipient(4, 1, MinimumPacks: 5));

        var error = result.Single(AllocationProblem.MinimumsAbovePacksAvailable);
        error.RecipientIds.ShouldBe([4, 9]);
        error.Text.ShouldBe("The minimums of recipients 4 (5), 9 (7) add up to 12 packs, more than the 10 packs available.");
    }

    [Fact]
    public void The_reserve_counts_before_the_minimums_are_compared()
    {
        // 12 units less 3 reserved leave 9 packs of 1: minimums of 10 no longer fit.
        var result = Rounds.Refused(12, 1, 3, new Recipient(1, 1, MinimumPacks: 10));

        result.Single(AllocationProblem.MinimumsAbovePacksAvailable).Text.ShouldContain("more than the 9 packs available");
    }

    [Fact]
    public void A_maximum_below_a_minimum_names_the_recipient_and_both_caps()
    {
        var result = Rounds.Refused(100, 1, 0, new Recipient(5, 1, MinimumPacks: 3, MaximumPacks: 2), new Recipient(6, 1, MaximumPacks: 2));

        var error = result.Single(AllocationProblem.MaximumBelowMinimum);
        error.RecipientIds.ShouldBe([5]);
        error.Text.ShouldBe("Recipients whose maximum is below their minimum: 5 (minimum 3, maximum 2).");
    }

    [Fact]
    public void A_basis_of_zero_for_everyone_is_refused_while_packs_remain_after_the_minimums()
    {
        var result = Rounds.Refused(5, 1, 0, new Recipient(1, 0, MinimumPacks: 2), new Recipient(2, 0));

        var error = result.Single(AllocationProblem.NoPositiveBasis);
        error.RecipientIds.ShouldBe([1, 2]);
        error.Text.ShouldBe("Every recipient has a basis of 0 (1, 2), so nothing says how to share the 3 packs left after the minimums.");
    }

    [Fact]
    public void A_negative_basis_names_the_recipient_and_its_basis()
    {
        var error = Rounds.Refused(5, 1, 0, new Recipient(8, -2.5m), new Recipient(1, 3)).Single(AllocationProblem.NegativeBasis);

        error.RecipientIds.ShouldBe([8]);
        error.Text.ShouldStartWith("Recipients with a negative basis: 8 (-2.5).");
    }

    [Fact]
    public void Negative_caps_and_recipients_listed_twice_are_named()
    {
        var result = Rounds.Refused(5, 1, 0, new Recipient(3, 1, MinimumPacks: -1), new Recipient(4, 1, MaximumPacks: -2), new Recipient(3, 2));

        result.Single(AllocationProblem.DuplicateRecipient).Text.ShouldBe("Recipients listed more than once: 3.");
        var caps = result.Single(AllocationProblem.NegativeCap);
        caps.RecipientIds.ShouldBe([3, 4]);
        caps.Text.ShouldBe("Recipients with a minimum or maximum below zero: 3 (minimum -1, maximum none), 4 (minimum none, maximum -2).");
        result.Errors.ShouldNotContain(e => e.Problem == AllocationProblem.MaximumBelowMinimum, "a negative maximum is reported once");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    public void A_pack_size_below_one_is_refused(int packSize) =>
        Rounds.Refused(10, packSize, 0, new Recipient(1, 1)).Single(AllocationProblem.PackSizeNotPositive).Text
            .ShouldBe($"The pack size must be at least 1 unit (it is {packSize}).");

    [Fact]
    public void Negative_quantities_and_a_reserve_above_the_quantity_are_refused()
    {
        Rounds.Refused(-1, 1, 0, new Recipient(1, 1)).Single(AllocationProblem.NegativeQuantity).Text.ShouldBe("The available quantity cannot be negative (it is -1).");
        Rounds.Refused(10, 1, -1, new Recipient(1, 1)).Single(AllocationProblem.NegativeReserve).Text.ShouldBe("The reserve cannot be negative (it is -1).");
        Rounds.Refused(10, 1, 11, new Recipient(1, 1)).Single(AllocationProblem.ReserveAboveQuantity).Text.ShouldBe("The reserve of 11 units is more than the 10 units available.");
    }

    [Fact]
    public void No_recipients_is_refused()
    {
        var error = Rounds.Refused(10, 1, 0).Errors.ShouldHaveSingleItem();
        (error.Problem, error.Text).ShouldBe((AllocationProblem.NoRecipients, "There is no recipient to allocate to."));
    }

    [Fact]
    public void Every_problem_of_the_input_is_reported_at_once()
    {
        var result = Rounds.Refused(10, 0, 20, new Recipient(1, -1), new Recipient(2, 1, MinimumPacks: 4, MaximumPacks: 1));

        result.Errors.Select(e => e.Problem).ShouldBe([
            AllocationProblem.PackSizeNotPositive, AllocationProblem.ReserveAboveQuantity,
            AllocationProblem.NegativeBasis, AllocationProblem.MaximumBelowMinimum]);
    }

    [Fact]
    public void A_long_list_of_recipients_is_cut_short_in_the_message_but_kept_whole_in_the_ids()
    {
        var recipients = Enumerable.Range(1, 25).Select(id => new Recipient(id, -id)).ToArray();

        var error = Rounds.Refused(10, 1, 0, recipients).Single(AllocationProblem.NegativeBasis);

        error.RecipientIds.Count.ShouldBe(25);
        error.Text.ShouldStartWith("Recipients with a negative basis: 1 (-1), 2 (-2), 3 (-3), 4 (-4), 5 (-5), 6 (-6), 7 (-7), 8 (-8), 9 (-9), 10 (-10) and 15 more.");
    }

    [Fact]
    public void Bases_that_add_up_beyond_a_decimal_are_refused()
    {
        var error = Rounds.Refused(10, 1, 0, new Recipient(1, decimal.MaxValue), new Recipient(2, decimal.MaxValue)).Single(AllocationProblem.BasisTooLarge);

        error.RecipientIds.ShouldBe([1, 2]);
        error.Text.ShouldContain("only their ratios matter");
    }

    [Fact]
    public void The_message_is_a_localization_key_with_the_details_as_arguments()
    {
        var error = Rounds.Refused(3, 1, 0, new Recipient(1, 1, MinimumPacks: 4)).Single(AllocationProblem.MinimumsAbovePacksAvailable);

        error.Message.ShouldBe("The minimums of recipients {0} add up to {1} packs, more than the {2} packs available.");
        error.Arguments.ShouldBe(["1 (4)", "4", 3L]);
    }
}
