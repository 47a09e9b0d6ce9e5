namespace GroupCrm.Core.Tests.Visits.Prep;

/// <summary>Who reads which prep sheet: whoever sees the account; anything else is "not found". Only a visitor of the account may record.</summary>
public sealed class PrepAuthorizationTests(PrepFixture world) : IClassFixture<PrepFixture>
{
    private PrepChains Chains => world.Chains;
    private PrepPeople People => world.People;

    [Fact]
    public async Task Another_account_manager_s_chain_a_chain_of_another_district_or_an_unknown_id_is_not_found()
    {
        await using var db = world.CreateContext();
        var sheets = world.Sheets(db);

        (await sheets.ForAsync(People.Am2, Chains.A.Id, null)).ShouldBeNull();
        (await sheets.ForAsync(People.Am2, Chains.A.Id, Chains.S1.Id)).ShouldBeNull();
        (await sheets.ForAsync(People.MmWest, Chains.A.Id, null)).ShouldBeNull();
        (await sheets.ForAsync(People.Am1, Chains.W.Id, null)).ShouldBeNull();
        (await sheets.ForAsync(People.Admin, 0, null)).ShouldBeNull();
        (await sheets.ForAsync(People.Admin, int.MaxValue, null)).ShouldBeNull();
        (await sheets.ForAsync(People.Admin, -5, null)).ShouldBeNull();
    }

    [Fact]
    public async Task A_store_of_another_account_or_an_unknown_store_is_not_found_even_for_an_account_the_viewer_sees()
    {
        await using var db = world.CreateContext();
        var sheets = world.Sheets(db);

        (await sheets.ForAsync(People.Mm, Chains.A.Id, Chains.T1.Id)).ShouldBeNull();
        (await sheets.ForAsync(People.Admin, Chains.A.Id, Chains.T1.Id)).ShouldBeNull();
        (await sheets.ForAsync(People.Am1, Chains.A.Id, int.MaxValue)).ShouldBeNull();
        (await sheets.ForAsync(People.Am1, Chains.A.Id, 0)).ShouldBeNull();
    }

    [Fact]
    public async Task The_manager_the_district_s_market_manager_and_an_administrator_may_record_the_marketing_centre_only_reads()
    {
        await using var db = world.CreateContext();
        var sheets = world.Sheets(db);

        foreach (var visitor in new[] { People.Am1, People.Mm, People.Admin })
            (await sheets.ForAsync(visitor, Chains.A.Id, Chains.S1.Id))!.CanRecord.ShouldBeTrue();
        var read = await sheets.ForAsync(People.Approver, Chains.A.Id, Chains.S1.Id);
        read.ShouldNotBeNull();
        read.CanRecord.ShouldBeFalse();
        read.LastVisits.Count.ShouldBe(2);
        // A closed store's sheet can be read, not recorded against.
        var closed = (await sheets.ForAsync(People.Am1, Chains.A.Id, Chains.S3.Id))!;
        closed.Store!.IsActive.ShouldBeFalse();
        closed.CanRecord.ShouldBeFalse();
    }

    [Fact]
    public async Task The_account_choices_are_the_viewer_s_accounts_in_business()
    {
        await using var db = world.CreateContext();
        var sheets = world.Sheets(db);

        (await sheets.AccountChoicesAsync(People.Am1)).Select(a => a.Name).ShouldBe(["A", "E"]);
        (await sheets.AccountChoicesAsync(People.MmWest)).Select(a => a.Name).ShouldBe(["W"]);
        (await sheets.AccountChoicesAsync(People.Approver)).Count.ShouldBe(4);
    }
}
