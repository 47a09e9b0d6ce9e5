using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits.Recording;
using GroupCrm.Core.Visits.SpotChecks;

namespace GroupCrm.Core.Tests.Visits.SpotChecks;

/// <summary>
/// Scores per account manager and month, over real recorded spot checks: May has one perfect check of "am",
/// June one half-right check of "am" and a perfect one of "am2", and another district's manager was checked too.
/// </summary>
public sealed class IntegrityScoresTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly DateOnly May = new(2026, 5, 1), June = new(2026, 6, 1);
    private VisitWorld _world = null!;
    private int _juneCheckOfManager;

    public async Task InitializeAsync()
    {
        _world = await VisitWorld.CreateAsync(fixture);
        var (account, store) = await StoreOfAsync(_world.Manager);
        await RecordAsync(_world.Manager, account, store, new DateOnly(2026, 5, 18), false, _world.Line(0), _world.Line(1));
        await RecordAsync(_world.MarketManager, account, store, new DateOnly(2026, 5, 20), true, _world.Line(0), _world.Line(1));
        _juneCheckOfManager = await RecordAsync(_world.MarketManager, account, store, new DateOnly(2026, 6, 10), true,
            _world.Line(0, listed: false, price: 40m, stock: 30), _world.Line(2));

        var (other, otherStore) = await StoreOfAsync(_world.OtherManager);
        await RecordAsync(_world.OtherManager, other, otherStore, new DateOnly(2026, 6, 1), false, _world.Line(0));
        await RecordAsync(_world.Administrator, other, otherStore, new DateOnly(2026, 6, 2), true, _world.Line(0));

        var (away, awayStore) = await StoreOfAsync(_world.AwayManager);
        await RecordAsync(_world.AwayManager, away, awayStore, new DateOnly(2026, 6, 1), false, _world.Line(0));
        await RecordAsync(_world.AwayMarketManager, away, awayStore, new DateOnly(2026, 6, 5), true, _world.Line(0, stock: 1));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<(int Account, int Store)> StoreOfAsync(Viewer manager)
    {
        var account = await _world.AccountAsync(manager: manager);
        return (account, await _world.StoreAsync(account));
    }

    private async Task<int> RecordAsync(Viewer who, int account, int store, DateOnly day, bool spotCheck, params ProductCheckInput[] lines)
    {
        var result = await _world.RecordAsync(who, _world.StoreVisit(account, store, lines) with { Date = day, SpotCheck = spotCheck });
        result.Errors.ShouldBeEmpty();
        return result.Id;
    }

    private async Task<List<(string, int, int, int)>> RowsAsync(Viewer viewer, DateOnly month)
    {
        var ours = new[] { _world.Manager.UserId, _world.OtherManager.UserId, _world.AwayManager.UserId };
        var rows = await _world.RunAsync<IntegrityScores, IReadOnlyList<IntegrityRow>>(s => s.ForMonthAsync(viewer, month));
        return [.. rows.Where(r => ours.Contains(r.UserId)).Select(r => (r.Name.Split(' ')[0], r.SpotChecks, r.Score.Compared, r.Score.Matched))];
    }

    [Fact]
    public async Task A_market_manager_sees_their_districts_account_managers_month_by_month()
    {
        (await RowsAsync(_world.MarketManager, June)).ShouldBe([("am", 1, 3, 1), ("am2", 1, 3, 3)]);
        (await RowsAsync(_world.MarketManager, May)).ShouldBe([("am", 1, 6, 6), ("am2", 0, 0, 0)]);
    }

    [Fact]
    public async Task An_account_manager_sees_only_themself_and_the_marketing_centre_everyone()
    {
        (await RowsAsync(_world.Manager, June)).ShouldBe([("am", 1, 3, 1)]);
        (await RowsAsync(_world.Approver, June)).OrderBy(r => r.Item1).ShouldBe([("am", 1, 3, 1), ("am2", 1, 3, 3), ("am3", 1, 3, 2)]);
        (await RowsAsync(_world.Administrator, June)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task No_spot_checks_means_no_score_rather_than_zero()
    {
        var rows = await _world.RunAsync<IntegrityScores, IReadOnlyList<IntegrityRow>>(s => s.ForMonthAsync(_world.Manager, new DateOnly(2026, 4, 1)));

        var row = rows.ShouldHaveSingleItem();
        (row.SpotChecks, row.Score.Share).ShouldBe((0, (double?)null));
    }

    [Fact]
    public async Task The_spot_checks_of_a_manager_are_listed_for_those_who_see_their_score()
    {
        var list = await _world.RunAsync<IntegrityScores, IReadOnlyList<SpotCheckRow>>(s => s.SpotChecksOfAsync(_world.MarketManager, _world.Manager.UserId, June));
        var outsider = await _world.RunAsync<IntegrityScores, IReadOnlyList<SpotCheckRow>>(s => s.SpotChecksOfAsync(_world.AwayMarketManager, _world.Manager.UserId, June));
        var name = await _world.RunAsync<IntegrityScores, string?>(s => s.ManagerNameAsync(_world.AwayMarketManager, _world.Manager.UserId));

        list.ShouldHaveSingleItem().ShouldBe(new SpotCheckRow(_juneCheckOfManager, new DateOnly(2026, 6, 10), list[0].AccountName, "人民路店", list[0].CheckedByName, new SpotCheckScore(3, 1)));
        list[0].CheckedByName.ShouldStartWith("mm ");
        outsider.ShouldBeEmpty();
        name.ShouldBeNull();
    }
}
