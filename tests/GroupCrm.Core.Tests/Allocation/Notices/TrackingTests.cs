using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Recording;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>Per round: notices issued, e-mailed, acknowledged and handed over, and what is still missing, for the viewers who see the round.</summary>
public sealed class TrackingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private NoticeWorld _world = null!;
    private TwoChainsAndOne _round = null!;

    public async Task InitializeAsync()
    {
        _world = await NoticeWorld.CreateAsync(fixture);
        _round = await TwoChainsAndOne.CreateAsync(_world);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_new_round_has_everything_issued_the_chains_with_buyers_emailed_and_nothing_acknowledged_or_handed_over()
    {
        var tracking = (await _world.TrackingAsync(_world.People.MarketManager, _round.RoundId))!;

        (tracking.State, tracking.Month, tracking.IsPartial).ShouldBe((RoundState.Approved, NoticeWorld.June, false));
        (tracking.HqIssued, tracking.StoresIssued, tracking.Issued, tracking.Emailed, tracking.Acknowledged, tracking.HandedOver).ShouldBe((3, 3, 6, 2, 0, 0));
        tracking.HqsNotEmailed.Select(n => n.AccountId).ShouldBe([_round.C]);
        tracking.HqsNotAcknowledged.Select(n => n.AccountId).ShouldBe([_round.A, _round.B, _round.C], ignoreOrder: true);
        tracking.StoresNotHandedOver.Select(n => n.StoreId).ShouldBe([_round.A1, _round.A2, _round.B1], ignoreOrder: true);
        tracking.StoreNotices.Single(n => n.StoreId == _round.B1).ShouldBe(new StoreNoticeStatus(
            tracking.StoreNotices.Single(n => n.StoreId == _round.B1).NoticeId, _round.B, await _world.AccountNameAsync(_round.B), _round.B1,
            "Nanjing Road", 29, 290, NoticeWorld.Now, null, null, null));
    }

    [Fact]
    public async Task Acknowledgements_and_hand_overs_move_the_counts_and_leave_the_missing_stores()
    {
        var hq = await _world.HqNoticeAsync(_round.RoundId, _round.A);
        var token = NoticeWorld.TokenIn((await _world.MailsAsync(hq.Id))[0]);
        (await _world.AcknowledgeAsync(hq.Id, token, "李采购")).Recorded.ShouldBeTrue();
        var visit = await _world.RunAsync<VisitRecorder, RecordResult>(r => r.RecordAsync(_world.People.Manager, new VisitInput
        {
            Kind = VisitKind.Store, AccountId = _round.A, StoreId = _round.A1, Date = new DateOnly(2026, 6, 15), Time = new TimeOnly(11, 0),
            Products = [new ProductCheckInput(_world.Product, true, 3, 450m, 10)], NoticeHandedOver = true, NoticeAcknowledgedBy = "王店长",
        }));

        var tracking = (await _world.TrackingAsync(_world.People.Approver, _round.RoundId))!;

        (tracking.Acknowledged, tracking.HandedOver).ShouldBe((1, 1));
        tracking.HqNotices.Single(n => n.AccountId == _round.A).AcknowledgedByName.ShouldBe("李采购");
        tracking.HqsNotAcknowledged.Select(n => n.AccountId).ShouldBe([_round.B, _round.C], ignoreOrder: true);
        tracking.StoresNotHandedOver.Select(n => n.StoreName).ShouldBe(["解放路店", "Nanjing Road"], ignoreOrder: true);
        var handed = tracking.StoreNotices.Single(n => n.StoreId == _round.A1);
        (handed.HandedOverTo, handed.HandedOverVisitId).ShouldBe(("王店长", (int?)visit.Id));
    }

    [Fact]
    public async Task An_account_manager_sees_only_their_own_accounts_notices()
    {
        var other = await _world.AccountAsync("其他", manager: _world.People.OtherManager);
        var otherStore = await _world.StoreAsync(other, "其他店");
        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0,
            [new PlannedAccount(_round.A, 1, [(_round.A1, 1)]), new PlannedAccount(other, 1, [(otherStore, 1)])]));

        var mine = (await _world.TrackingAsync(_world.People.Manager, round))!;
        var theirs = (await _world.TrackingAsync(_world.People.OtherManager, round))!;

        mine.IsPartial.ShouldBeTrue();
        mine.HqNotices.Select(n => n.AccountId).ShouldBe([_round.A]);
        mine.StoreNotices.Select(n => n.StoreId).ShouldBe([_round.A1]);
        theirs.HqNotices.Select(n => n.AccountId).ShouldBe([other]);
        theirs.StoreNotices.Select(n => n.StoreId).ShouldBe([otherStore]);
    }

    [Fact]
    public async Task Viewers_who_do_not_see_the_round_get_nothing()
    {
        (await _world.TrackingAsync(_world.People.AwayMarketManager, _round.RoundId)).ShouldBeNull();
        (await _world.TrackingAsync(_world.People.AwayManager, _round.RoundId)).ShouldBeNull();
        (await _world.TrackingAsync(_world.People.OtherManager, _round.RoundId)).ShouldBeNull();
        (await _world.TrackingAsync(_world.People.Administrator, int.MaxValue)).ShouldBeNull();
        (await _world.TrackingAsync(_world.People.Administrator, _round.RoundId)).ShouldNotBeNull();
        (await _world.TrackingAsync(_world.People.Manager, _round.RoundId))!.HqIssued.ShouldBe(3);
    }

    [Fact]
    public async Task A_round_not_yet_approved_has_nothing_issued()
    {
        var draft = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, [new PlannedAccount(_round.A, 1, [(_round.A1, 1)])]),
            r => (r.State, r.ApprovedAt, r.ApprovedById) = (RoundState.Draft, null, null), issue: false);

        var tracking = (await _world.TrackingAsync(_world.People.MarketManager, draft))!;

        (tracking.State, tracking.Issued, tracking.HqNotices.Count, tracking.StoresNotHandedOver.Count).ShouldBe((RoundState.Draft, 0, 0, 0));
    }
}
