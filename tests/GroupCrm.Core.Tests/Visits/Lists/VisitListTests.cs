using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Visits.Appointments;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Lists;

namespace GroupCrm.Core.Tests.Visits.Lists;

/// <summary>
/// The visit list's scopes and filters. Each test writes its visits into a month of its own, years before
/// anything the demo data reaches, so the month filter isolates them: who sees which, and what each row says.
/// </summary>
public sealed class VisitListTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncLifetime
{
    private static int _months;
    // Three months each: the tests also use the two months after their own.
    private readonly DateOnly January = new DateOnly(2012, 1, 1).AddMonths(3 * Interlocked.Increment(ref _months));
    private readonly AppointmentWorld _world = new(fixture);
    private int _east1Account, _east1Store, _east2Account, _westAccount;
    private int _ownStore, _ownHq, _spotCheck, _colleague, _west, _february;

    public async Task InitializeAsync()
    {
        (_east1Account, _) = await _world.AccountAsync("am.east1", name: "一月连锁 东1");
        (_east2Account, _) = await _world.AccountAsync("am.east2");
        (_westAccount, _) = await _world.AccountAsync("am.west1");
        _east1Store = await _world.StoreAsync(_east1Account, "一月店");
        var east2Store = await _world.StoreAsync(_east2Account);
        var westStore = await _world.StoreAsync(_westAccount);
        // 16:30 UTC on the 5th is 00:30 on the 6th in Shanghai.
        _ownStore = await _world.VisitAsync(_east1Account, "am.east1", new DateTimeOffset(January.Year, January.Month, 5, 16, 30, 0, TimeSpan.Zero), _east1Store,
            productChecks: 2, complianceConcern: true);
        _ownHq = await _world.VisitAsync(_east1Account, "am.east1", At(20, 10));
        _spotCheck = await _world.VisitAsync(_east1Account, "mm.east", At(10, 15), _east1Store, productChecks: 1,
            spotCheckOf: "am.east1");
        _colleague = await _world.VisitAsync(_east2Account, "am.east2", At(12, 11), east2Store);
        _west = await _world.VisitAsync(_westAccount, "am.west1", At(15, 11), westStore);
        _february = await _world.VisitAsync(_east1Account, "am.east1", AppointmentWorld.Local(January.AddMonths(1).Year, January.AddMonths(1).Month, 3, 9), _east1Store);
    }

    public Task DisposeAsync() => _world.DisposeAsync().AsTask();

    private DateTimeOffset At(int day, int hour) => AppointmentWorld.Local(January.Year, January.Month, day, hour);

    private async Task<VisitListPage> ListAsync(string userName, VisitListFilter filter)
    {
        var viewer = await _world.ViewerAsync(userName);
        return await _world.RunAsync<VisitList, VisitListPage>(l => l.QueryAsync(viewer, filter));
    }

    private async Task<List<int>> IdsAsync(string userName, VisitScope scope, DateOnly? month = null) =>
        [.. (await ListAsync(userName, new VisitListFilter(Month: month ?? January, Scope: scope))).Rows.Select(r => r.Id)];

    [Fact]
    public async Task An_account_manager_sees_their_own_visits_newest_first_or_all_visits_to_their_chains()
    {
        (await IdsAsync("am.east1", VisitScope.Mine)).ShouldBe([_ownHq, _ownStore]);
        (await IdsAsync("am.east1", VisitScope.District)).ShouldBe([_ownHq, _spotCheck, _ownStore]);
        (await IdsAsync("am.east1", VisitScope.Mine, January.AddMonths(1))).ShouldBe([_february]);
    }

    [Fact]
    public async Task A_market_manager_sees_their_own_or_their_districts_and_never_another_district()
    {
        (await IdsAsync("mm.east", VisitScope.Mine)).ShouldBe([_spotCheck]);
        (await IdsAsync("mm.east", VisitScope.District)).ShouldBe([_ownHq, _colleague, _spotCheck, _ownStore]);
        (await IdsAsync("mm.west", VisitScope.District)).ShouldBe([_west]);
        (await IdsAsync("admin", VisitScope.District)).ShouldBe([_ownHq, _west, _colleague, _spotCheck, _ownStore]);
        (await IdsAsync("approver", VisitScope.District)).ShouldContain(_west);
    }

    [Fact]
    public async Task Rows_show_local_time_names_counts_and_marks()
    {
        var rows = (await ListAsync("am.east1", new VisitListFilter(Month: January, Scope: VisitScope.District))).Rows.ToDictionary(r => r.Id);

        var store = rows[_ownStore];
        (store.VisitedAtLocal.Day, store.VisitedAtLocal.Hour, store.VisitedAtLocal.Minute).ShouldBe((6, 0, 30));
        (store.Kind, store.AccountName, store.StoreName, store.ProductChecks, store.ComplianceConcern, store.SpotCheck)
            .ShouldBe((VisitKind.Store, "一月连锁 东1", "一月店", 2, true, false));
        store.Visitor.ShouldStartWith("杨帆");
        (rows[_ownHq].Kind, rows[_ownHq].StoreName, rows[_ownHq].ProductChecks).ShouldBe((VisitKind.Hq, null, 0));
        (rows[_spotCheck].SpotCheck, rows[_spotCheck].ComplianceConcern).ShouldBe((true, false));
    }

    [Fact]
    public async Task Filters_by_account_store_kind_and_visitor_narrow_the_list()
    {
        var mm = await _world.ViewerAsync("mm.east");
        var filter = new VisitListFilter(Month: January, Scope: VisitScope.District);

        (await ListAsync("mm.east", filter with { AccountId = _east2Account })).Rows.Select(r => r.Id).ShouldBe([_colleague]);
        (await ListAsync("mm.east", filter with { StoreId = _east1Store })).Rows.Select(r => r.Id).ShouldBe([_spotCheck, _ownStore]);
        (await ListAsync("mm.east", filter with { Kind = VisitKind.Hq })).Rows.Select(r => r.Id).ShouldBe([_ownHq]);
        (await ListAsync("mm.east", filter with { VisitorId = mm.UserId })).Rows.Select(r => r.Id).ShouldBe([_spotCheck]);
        (await ListAsync("mm.east", filter with { AccountId = _westAccount })).Rows.ShouldBeEmpty();
        (await ListAsync("am.east1", filter with { AccountId = _east2Account })).Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task Pages_hold_fifty_visits_and_a_page_out_of_range_shows_the_nearest()
    {
        var (account, _) = await _world.AccountAsync("am.north2");
        var march = January.AddMonths(2);
        for (var i = 0; i < 55; i++) await _world.VisitAsync(account, "am.north2", AppointmentWorld.Local(march.Year, march.Month, 1 + i % 28, 8 + i % 10));
        var filter = new VisitListFilter(Month: march, AccountId: account);

        var first = await ListAsync("am.north2", filter);
        var second = await ListAsync("am.north2", filter with { Page = 2 });
        var beyond = await ListAsync("am.north2", filter with { Page = 99 });
        var negative = await ListAsync("am.north2", filter with { Page = -1 });

        (first.Rows.Count, first.Total, first.Page, first.PageCount).ShouldBe((50, 55, 1, 2));
        (second.Rows.Count, second.Page).ShouldBe((5, 2));
        first.Rows.Select(r => r.Id).Intersect(second.Rows.Select(r => r.Id)).ShouldBeEmpty();
        beyond.Page.ShouldBe(2);
        negative.Page.ShouldBe(1);
    }

    [Fact]
    public async Task Everyone_who_visits_starts_on_their_own_visits_the_others_on_all()
    {
        VisitList.DefaultScope(new Viewer(1, Roles.AccountManager, 1)).ShouldBe(VisitScope.Mine);
        VisitList.DefaultScope(new Viewer(1, Roles.MarketManager, 1)).ShouldBe(VisitScope.Mine);
        VisitList.DefaultScope(new Viewer(1, Roles.MarketingCenter, null)).ShouldBe(VisitScope.District);
        VisitList.DefaultScope(new Viewer(1, Roles.Administrator, null)).ShouldBe(VisitScope.District);
        (await IdsAsync("approver", VisitScope.Mine)).ShouldBeEmpty();
    }
}
