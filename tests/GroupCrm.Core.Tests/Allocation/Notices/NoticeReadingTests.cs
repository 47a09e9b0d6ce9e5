using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>The signed-in printable notice: the account's manager, the district's market manager, MarketingCenter and Administrator; nobody else.</summary>
public sealed class NoticeReadingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private NoticeWorld _world = null!;
    private TwoChainsAndOne _round = null!;

    public async Task InitializeAsync()
    {
        _world = await NoticeWorld.CreateAsync(fixture);
        _round = await TwoChainsAndOne.CreateAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<NoticeDocument?> ReadAsync(Viewer viewer, int noticeId) =>
        _world.RunAsync<NoticeDocuments, NoticeDocument?>(d => d.ForViewerAsync(viewer, noticeId));

    [Fact]
    public async Task The_accounts_manager_the_districts_market_manager_and_the_centre_read_hq_and_store_notices()
    {
        var hq = await _world.HqNoticeAsync(_round.RoundId, _round.A);
        var store = await _world.StoreNoticeAsync(_round.RoundId, _round.A2);
        var p = _world.People;

        foreach (var viewer in new[] { p.Manager, p.MarketManager, p.Approver, p.Administrator })
        {
            (await ReadAsync(viewer, hq.Id))!.NoticeId.ShouldBe(hq.Id);
            (await ReadAsync(viewer, store.Id))!.StoreId.ShouldBe(_round.A2);
        }
    }

    [Fact]
    public async Task Another_manager_or_another_districts_market_manager_finds_no_such_notice()
    {
        var hq = await _world.HqNoticeAsync(_round.RoundId, _round.A);
        var p = _world.People;

        foreach (var viewer in new[] { p.OtherManager, p.AwayManager, p.AwayMarketManager, new Viewer(p.Manager.UserId, "Visitor", null) })
            (await ReadAsync(viewer, hq.Id)).ShouldBeNull();
        (await ReadAsync(p.Administrator, int.MaxValue)).ShouldBeNull();
        (await ReadAsync(p.Administrator, -1)).ShouldBeNull();
    }
}
