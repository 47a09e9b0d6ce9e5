using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Recording;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Visits.Recording;

/// <summary>Good visits are saved whole: the visit, its lines, its photo and the appointment it kept.</summary>
public sealed class RecordingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private VisitWorld _world = null!;

    public async Task InitializeAsync() => _world = await VisitWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_store_visit_is_saved_with_its_product_lines_notice_and_photo()
    {
        var account = await _world.AccountAsync();
        var store = await _world.StoreAsync(account);
        var input = _world.StoreVisit(account, store, _world.Line(0), _world.Line(1, listed: false, sellThrough: null, price: null, stock: 0)) with
        {
            Problems = "  价签缺失  ", CustomerFeedback = "<script>alert(1)</script>", ComplianceConcern = true,
            NoticeHandedOver = true, NoticeAcknowledgedBy = "王店长",
        };
        var photo = SampleFiles.Jpeg();

        var result = await _world.RecordAsync(_world.Manager, input, photo);

        result.Succeeded.ShouldBeTrue();
        var visit = await _world.VisitAsync(result.Id);
        (visit.Kind, visit.AccountId, visit.StoreId, visit.VisitorId, visit.VisitedOn).ShouldBe((VisitKind.Store, account, store, _world.Manager.UserId, VisitWorld.Today));
        visit.VisitedAt.ShouldBe(VisitWorld.Now);
        visit.RecordedAt.ShouldBe(VisitWorld.Now);
        (visit.Problems, visit.CustomerFeedback, visit.ComplianceConcern).ShouldBe(("价签缺失", "<script>alert(1)</script>", true));
        (visit.NoticeHandedOver, visit.NoticeAcknowledgedBy, visit.AppointmentId, visit.SpotCheckOfUserId).ShouldBe((true, "王店长", null, null));
        visit.ProductChecks.OrderBy(c => c.ProductId).Select(c => (c.ProductId, c.Listed, c.SellThrough, c.ShelfPrice, c.StockOnHand)).ShouldBe(
        [
            (_world.Products[0], true, 12, 45.50m, 30),
            (_world.Products[1], false, null, null, 0),
        ]);
        visit.PhotoContentType.ShouldBe("image/jpeg");
        await using var db = _world.Db();
        (await db.StoredFiles.SingleAsync(f => f.Id == visit.PhotoFileId)).Content.ShouldBe(photo);
    }

    [Fact]
    public async Task The_visit_day_is_the_organisations_day_not_the_utc_day()
    {
        var account = await _world.AccountAsync();
        var store = await _world.StoreAsync(account);

        // 01:30 in Shanghai is still the day before in UTC.
        var result = await _world.RecordAsync(_world.Manager, _world.StoreVisit(account, store) with { Time = new TimeOnly(1, 30) });

        var visit = await _world.VisitAsync(result.Id);
        visit.VisitedOn.ShouldBe(VisitWorld.Today);
        visit.VisitedAt.ShouldBe(new DateTimeOffset(2026, 6, 14, 17, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task An_hq_visit_is_saved_with_its_appointment_and_follow_ups_owned_by_the_visitor_unless_named()
    {
        var account = await _world.AccountAsync();
        var appointment = await _world.AppointmentAsync(account);
        var input = _world.HqVisit(account, appointment,
            new FollowUpInput("寄送新品样品", VisitWorld.Today.AddDays(7), null),
            new FollowUpInput("复核价格", VisitWorld.Today, _world.MarketManager.UserId));

        var result = await _world.RecordAsync(_world.Manager, input);

        result.Succeeded.ShouldBeTrue();
        var visit = await _world.VisitAsync(result.Id);
        (visit.Kind, visit.StoreId, visit.AppointmentId, visit.Topics, visit.Requests).ShouldBe((VisitKind.Hq, null, appointment, "新品上市", "希望增加配额"));
        visit.FollowUps.OrderBy(f => f.DueOn).Select(f => (f.Text, f.DueOn, f.OwnerId, f.AccountId, f.DoneAt)).ShouldBe(
        [
            ("复核价格", VisitWorld.Today, _world.MarketManager.UserId, account, (DateTimeOffset?)null),
            ("寄送新品样品", VisitWorld.Today.AddDays(7), _world.Manager.UserId, account, null),
        ]);
    }

    [Fact]
    public async Task The_market_manager_and_an_administrator_record_visits_on_the_districts_accounts()
    {
        var account = await _world.AccountAsync(GroupCrm.Core.Onboarding.AccountState.Suspended);
        var store = await _world.StoreAsync(account);

        (await _world.RecordAsync(_world.MarketManager, _world.StoreVisit(account, store))).Succeeded.ShouldBeTrue();
        (await _world.RecordAsync(_world.Administrator, _world.StoreVisit(account, store))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task The_details_show_everything_recorded_to_whoever_sees_the_account_and_nobody_else()
    {
        var account = await _world.AccountAsync();
        var appointment = await _world.AppointmentAsync(account);
        var id = (await _world.RecordAsync(_world.Manager,
            _world.HqVisit(account, appointment, new FollowUpInput("寄送样品", VisitWorld.Today.AddDays(3), null)))).Id;

        var details = await _world.RunAsync<VisitDetailsQuery, VisitDetails?>(q => q.FindAsync(_world.MarketManager, id));
        var hidden = await _world.RunAsync<VisitDetailsQuery, VisitDetails?>(q => q.FindAsync(_world.AwayMarketManager, id));

        hidden.ShouldBeNull();
        details.ShouldNotBeNull();
        (details.Kind, details.AccountId, details.Topics, details.HasPhoto, details.SpotCheck).ShouldBe((VisitKind.Hq, account, "新品上市", false, null));
        details.Appointment!.Id.ShouldBe(appointment);
        details.Appointment.Purpose.ShouldBe("月度沟通");
        details.FollowUps.ShouldHaveSingleItem().OwnerName.ShouldStartWith("am ");
        details.CheckedBy.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_photo_is_handed_out_only_to_those_who_see_the_visit()
    {
        var account = await _world.AccountAsync();
        var store = await _world.StoreAsync(account);
        var id = (await _world.RecordAsync(_world.Manager, _world.StoreVisit(account, store), SampleFiles.Png())).Id;

        var photo = await _world.RunAsync<VisitDetailsQuery, VisitPhoto?>(q => q.PhotoAsync(_world.Approver, id));
        var hidden = await _world.RunAsync<VisitDetailsQuery, VisitPhoto?>(q => q.PhotoAsync(_world.OtherManager, id));

        photo.ShouldNotBeNull();
        photo.ContentType.ShouldBe("image/png");
        photo.Content.ShouldBe(SampleFiles.Png());
        hidden.ShouldBeNull();
    }
}
