using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits.Prep;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>The prep sheet's current allocation: the approved rounds in force for the month, for the HQ or for one store.</summary>
public sealed class PrepAllocationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private NoticeWorld _world = null!;

    public async Task InitializeAsync() => _world = await NoticeWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<IReadOnlyList<ScarceAllocationLine>> CurrentAsync(int account, int? store, DateOnly month)
    {
        await using var db = _world.Db();
        return await ScarceAllocations.CurrentAsync(db, account, store, month);
    }

    [Fact]
    public async Task The_hq_sees_its_line_and_a_store_its_part_with_their_notices()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var hqNotice = await _world.HqNoticeAsync(r.RoundId, r.A);
        var storeNotice = await _world.StoreNoticeAsync(r.RoundId, r.A1);

        (await CurrentAsync(r.A, null, NoticeWorld.June)).ShouldBe(
            [new ScarceAllocationLine(_world.Product, _world.ProductCode, "中华（软）", "Zhonghua Soft", 570, 57, r.RoundId, hqNotice.Id)]);
        (await CurrentAsync(r.A, r.A1, NoticeWorld.June.AddDays(14))).ShouldBe(
            [new ScarceAllocationLine(_world.Product, _world.ProductCode, "中华（软）", "Zhonghua Soft", 430, 43, r.RoundId, storeNotice.Id)]);
    }

    [Fact]
    public async Task Other_months_drafts_superseded_rounds_and_other_accounts_stores_are_left_out()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        PlannedAccount[] line = [new PlannedAccount(r.A, 1, [(r.A1, 1), (r.A2, 1)])];
        var replaced = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, line) { ProductId = _world.OtherProduct });
        await _world.SetRoundStateAsync(replaced, RoundState.Superseded);
        var revision = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 200, 10, 0, line) { ProductId = _world.OtherProduct },
            x => (x.Revision, x.SupersedesId) = (2, replaced));
        await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 300, 10, 0, line) { ProductId = _world.OtherProduct },
            x => (x.State, x.ApprovedAt, x.ApprovedById) = (RoundState.Submitted, null, null), issue: false);
        await _world.RoundAsync(new RoundPlan(NoticeWorld.June.AddMonths(1), 400, 10, 0, line));

        var hq = await CurrentAsync(r.A, null, NoticeWorld.June);

        hq.Select(l => (l.RoundId, l.Packs)).ShouldBe([(r.RoundId, 57L), (revision, 20L)], ignoreOrder: true);
        (await CurrentAsync(r.A, r.A2, NoticeWorld.June)).Select(l => (l.RoundId, l.Packs)).ShouldBe([(r.RoundId, 14L), (revision, 10L)], ignoreOrder: true);
        (await CurrentAsync(r.A, r.B1, NoticeWorld.June)).ShouldBeEmpty();
        (await CurrentAsync(r.C, null, NoticeWorld.June.AddMonths(-1))).ShouldBeEmpty();
    }
}
