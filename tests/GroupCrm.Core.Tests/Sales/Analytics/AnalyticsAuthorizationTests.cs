namespace GroupCrm.Core.Tests.Sales.Analytics;

/// <summary>Sales follow account visibility: another manager's chain, or another district, is simply not found.</summary>
public sealed class AnalyticsAuthorizationTests(AnalyticsFixture w) : IClassFixture<AnalyticsFixture>
{
    [Fact]
    public async Task An_account_manager_gets_no_report_for_another_managers_chain()
    {
        await using var db = w.Db();
        var accounts = w.Accounts(db);

        (await accounts.ForAccountAsync(w.Am2, w.A1)).ShouldBeNull();
        (await accounts.ForAccountAsync(w.Am1, w.A2)).ShouldBeNull();
        (await accounts.ForAccountAsync(w.Am1, w.A1)).ShouldNotBeNull().Figures.Current.Quantity.ShouldBe(170);
        (await accounts.ForAccountAsync(w.Am1, int.MaxValue)).ShouldBeNull();
    }

    [Fact]
    public async Task A_market_manager_sees_the_chains_and_the_district_of_their_own_district_only()
    {
        await using var db = w.Db();

        (await w.Accounts(db).ForAccountAsync(w.MmEast, w.A2)).ShouldNotBeNull();
        (await w.Accounts(db).ForAccountAsync(w.MmWest, w.A1)).ShouldBeNull();
        (await w.Districts(db).ForDistrictAsync(w.MmWest, w.East)).ShouldBeNull();
        (await w.Districts(db).ForDistrictAsync(w.MmEast, w.West)).ShouldBeNull();
        (await w.Districts(db).ForDistrictAsync(w.MmWest, w.West)).ShouldNotBeNull().Accounts.Rows.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Account_managers_have_no_district_view_and_the_marketing_centre_sees_every_district()
    {
        await using var db = w.Db();
        var districts = w.Districts(db);

        (await districts.ForDistrictAsync(w.Am1, w.East)).ShouldBeNull();
        (await districts.ForDistrictAsync(w.Approver, w.East)).ShouldNotBeNull().Accounts.Rows.Count.ShouldBe(2);
        (await districts.ForDistrictAsync(w.Approver, w.West)).ShouldNotBeNull().Accounts.Rows.Count.ShouldBe(1);
        (await districts.ForDistrictAsync(w.Admin, int.MaxValue)).ShouldBeNull();
    }
}
