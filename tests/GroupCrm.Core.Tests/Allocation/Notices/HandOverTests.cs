using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Recording;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>A store visit that hands over the month's notice marks the store's notices of that month, with the visit and the contact's name.</summary>
public sealed class HandOverTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private NoticeWorld _world = null!;

    public async Task InitializeAsync() => _world = await NoticeWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private VisitInput StoreVisit(int account, int store, DateOnly? on = null, string? signedBy = "王店长") => new()
    {
        Kind = VisitKind.Store, AccountId = account, StoreId = store, Date = on ?? new DateOnly(2026, 6, 15), Time = new TimeOnly(12, 0),
        Products = [new ProductCheckInput(_world.Product, true, 3, 450m, 10)],
        NoticeHandedOver = signedBy is not null, NoticeAcknowledgedBy = signedBy,
    };

    private Task<RecordResult> RecordAsync(VisitInput input) =>
        _world.RunAsync<VisitRecorder, RecordResult>(r => r.RecordAsync(_world.People.Manager, input));

    [Fact]
    public async Task Every_notice_of_the_store_for_the_visits_month_is_marked_with_the_visit_and_the_name()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var second = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, [new PlannedAccount(r.A, 1, [(r.A1, 1), (r.A2, 1)])])
            { ProductId = _world.OtherProduct });

        var visit = await RecordAsync(StoreVisit(r.A, r.A1, signedBy: "  王店长 "));

        visit.Succeeded.ShouldBeTrue();
        foreach (var round in new[] { r.RoundId, second })
        {
            var notice = await _world.StoreNoticeAsync(round, r.A1);
            (notice.HandedOverAt, notice.HandedOverVisitId, notice.HandedOverTo).ShouldBe((NoticeWorld.Now, (int?)visit.Id, "王店长"));
        }
        // The other store, and the HQ notice, are not touched.
        (await _world.StoreNoticeAsync(r.RoundId, r.A2)).HandedOverAt.ShouldBeNull();
        (await _world.HqNoticeAsync(r.RoundId, r.A)).HandedOverAt.ShouldBeNull();
    }

    [Fact]
    public async Task Only_the_visits_month_and_only_rounds_in_force_count()
    {
        var a = await _world.AccountAsync("华联超市");
        var store = await _world.StoreAsync(a, "人民路店");
        PlannedAccount[] line = [new PlannedAccount(a, 1, [(store, 1)])];
        var may = await _world.RoundAsync(new RoundPlan(NoticeWorld.June.AddMonths(-1), 100, 10, 0, line));
        var july = await _world.RoundAsync(new RoundPlan(NoticeWorld.June.AddMonths(1), 100, 10, 0, line));
        var replaced = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, line));
        await _world.SetRoundStateAsync(replaced, RoundState.Superseded);
        var revision = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 120, 10, 0, line), x => (x.Revision, x.SupersedesId) = (2, replaced));

        (await RecordAsync(StoreVisit(a, store))).Succeeded.ShouldBeTrue();

        (await _world.StoreNoticeAsync(may, store)).HandedOverAt.ShouldBeNull();
        (await _world.StoreNoticeAsync(july, store)).HandedOverAt.ShouldBeNull();
        (await _world.StoreNoticeAsync(replaced, store)).HandedOverAt.ShouldBeNull();
        (await _world.StoreNoticeAsync(revision, store)).HandedOverTo.ShouldBe("王店长");
    }

    [Fact]
    public async Task A_visit_recorded_later_for_an_earlier_month_marks_that_months_notices()
    {
        var a = await _world.AccountAsync("华联超市");
        var store = await _world.StoreAsync(a, "人民路店");
        var may = await _world.RoundAsync(new RoundPlan(NoticeWorld.June.AddMonths(-1), 100, 10, 0, [new PlannedAccount(a, 1, [(store, 1)])]));

        var visit = await RecordAsync(StoreVisit(a, store, new DateOnly(2026, 5, 31)));

        var notice = await _world.StoreNoticeAsync(may, store);
        (notice.HandedOverAt, notice.HandedOverVisitId).ShouldBe((new DateTimeOffset(2026, 5, 31, 4, 0, 0, TimeSpan.Zero), (int?)visit.Id));
    }

    [Fact]
    public async Task A_visit_that_did_not_hand_over_the_notice_marks_nothing()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);

        (await RecordAsync(StoreVisit(r.A, r.A1, signedBy: null))).Succeeded.ShouldBeTrue();

        (await _world.StoreNoticeAsync(r.RoundId, r.A1)).HandedOverAt.ShouldBeNull();
    }

    [Fact]
    public async Task A_notice_handed_over_before_keeps_its_first_hand_over()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);
        var first = await RecordAsync(StoreVisit(r.A, r.A1, new DateOnly(2026, 6, 2), "王店长"));

        (await RecordAsync(StoreVisit(r.A, r.A1, signedBy: "李店员"))).Succeeded.ShouldBeTrue();

        var notice = await _world.StoreNoticeAsync(r.RoundId, r.A1);
        (notice.HandedOverVisitId, notice.HandedOverTo).ShouldBe(((int?)first.Id, "王店长"));
    }

    [Fact]
    public async Task A_refused_visit_marks_nothing()
    {
        var r = await TwoChainsAndOne.CreateAsync(_world);

        var result = await RecordAsync(StoreVisit(r.A, r.A1) with { NoticeAcknowledgedBy = new string('名', 101) });
        var future = await RecordAsync(StoreVisit(r.A, r.A1, new DateOnly(2026, 6, 20)));
        var otherManager = await _world.RunAsync<VisitRecorder, RecordResult>(v => v.RecordAsync(_world.People.AwayManager, StoreVisit(r.A, r.A1)));

        result.Succeeded.ShouldBeFalse();
        future.Succeeded.ShouldBeFalse();
        otherManager.NotFound.ShouldBeTrue();
        (await _world.StoreNoticeAsync(r.RoundId, r.A1)).HandedOverAt.ShouldBeNull();
    }
}
