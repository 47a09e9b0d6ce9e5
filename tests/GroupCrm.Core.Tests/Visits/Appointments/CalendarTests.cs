using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Appointments;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Visits.Appointments;

/// <summary>The calendar: local days, whose appointments each person sees, and what each entry offers.</summary>
public sealed class CalendarTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncDisposable
{
    private static readonly DateOnly Monday = new(2026, 6, 8);
    private readonly AppointmentWorld _world = new(fixture);

    private async Task<List<AppointmentEntry>> EntriesAsync(string userName, int? bookedBy = null, DateOnly? from = null, DateOnly? to = null)
    {
        var viewer = await _world.ViewerAsync(userName);
        var days = await _world.RunAsync<AppointmentCalendar, IReadOnlyList<AppointmentDay>>(
            c => c.QueryAsync(viewer, new CalendarQuery(from ?? Monday, to ?? Monday.AddDays(6), bookedBy)));
        days.Select(d => d.Day).ShouldBeInOrder();
        days.ShouldAllBe(d => d.Entries.All(e => e.Day == d.Day));
        return [.. days.SelectMany(d => d.Entries)];
    }

    [Fact]
    public async Task Appointments_fall_on_their_local_day_and_outside_the_range_they_are_not_shown()
    {
        var (account, buyer) = await _world.AccountAsync("am.east1");
        var justAfterMidnight = await _world.AppointmentAsync(account, buyer, "am.east1", AppointmentWorld.Local(2026, 6, 11, 0, 30));
        var lateEvening = await _world.AppointmentAsync(account, buyer, "am.east1", AppointmentWorld.Local(2026, 6, 14, 23, 30));
        var nextWeek = await _world.AppointmentAsync(account, buyer, "am.east1", AppointmentWorld.Local(2026, 6, 15, 0, 0));

        var mine = (await EntriesAsync("am.east1")).Where(e => e.AccountId == account).ToList();

        mine.Select(e => (e.Id, e.Day)).ShouldBe([(justAfterMidnight, new DateOnly(2026, 6, 11)), (lateEvening, new DateOnly(2026, 6, 14))]);
        mine[0].StartsAtLocal.Hour.ShouldBe(0);
        mine.ShouldNotContain(e => e.Id == nextWeek);
    }

    [Fact]
    public async Task An_account_manager_sees_every_appointment_on_their_chains_and_none_elsewhere()
    {
        var (own, ownBuyer) = await _world.AccountAsync("am.east1");
        var (other, otherBuyer) = await _world.AccountAsync("am.east2");
        var byThemselves = await _world.AppointmentAsync(own, ownBuyer, "am.east1", AppointmentWorld.Local(2026, 6, 11, 10));
        var byTheirMarketManager = await _world.AppointmentAsync(own, ownBuyer, "mm.east", AppointmentWorld.Local(2026, 6, 11, 14));
        var onAnotherChain = await _world.AppointmentAsync(other, otherBuyer, "am.east2", AppointmentWorld.Local(2026, 6, 11, 10));

        var ids = (await EntriesAsync("am.east1")).Select(e => e.Id).ToList();

        ids.ShouldContain(byThemselves);
        ids.ShouldContain(byTheirMarketManager);
        ids.ShouldNotContain(onAnotherChain);
    }

    [Fact]
    public async Task A_market_manager_chooses_between_their_own_one_managers_and_the_whole_districts_and_never_sees_another_district()
    {
        var (east, eastBuyer) = await _world.AccountAsync("am.east3");
        var (west, westBuyer) = await _world.AccountAsync("am.west1");
        var own = await _world.AppointmentAsync(east, eastBuyer, "mm.east", AppointmentWorld.Local(2026, 6, 12, 9));
        var managers = await _world.AppointmentAsync(east, eastBuyer, "am.east3", AppointmentWorld.Local(2026, 6, 12, 15));
        var otherDistrict = await _world.AppointmentAsync(west, westBuyer, "am.west1", AppointmentWorld.Local(2026, 6, 12, 9));
        var (mm, am) = (await _world.ViewerAsync("mm.east"), await _world.ViewerAsync("am.east3"));

        var mine = (await EntriesAsync("mm.east", mm.UserId)).Select(e => e.Id).ToList();
        var theirs = (await EntriesAsync("mm.east", am.UserId)).Select(e => e.Id).ToList();
        var all = (await EntriesAsync("mm.east")).Select(e => e.Id).ToList();
        var westPerson = await EntriesAsync("mm.east", (await _world.ViewerAsync("am.west1")).UserId);

        (mine.Contains(own), mine.Contains(managers)).ShouldBe((true, false));
        (theirs.Contains(own), theirs.Contains(managers)).ShouldBe((false, true));
        (all.Contains(own), all.Contains(managers), all.Contains(otherDistrict)).ShouldBe((true, true, false));
        westPerson.ShouldBeEmpty();
        (await EntriesAsync("approver")).Select(e => e.Id).ShouldContain(otherDistrict);
    }

    [Fact]
    public async Task Each_entry_says_where_it_stands_and_what_may_be_done_with_it()
    {
        var (account, buyer) = await _world.AccountAsync("am.north1");
        var kept = await _world.AppointmentAsync(account, buyer, "am.north1", AppointmentWorld.Local(2026, 6, 8, 10));
        var visit = await _world.VisitAsync(account, "am.north1", AppointmentWorld.Local(2026, 6, 8, 10, 20), appointmentId: kept);
        var missed = await _world.AppointmentAsync(account, buyer, "am.north1", AppointmentWorld.Local(2026, 6, 9, 10));
        var today = await _world.AppointmentAsync(account, buyer, "am.north1", AppointmentWorld.Local(2026, 6, 10, 16), scheduledAt: AppointmentWorld.Noon);
        var ahead = await _world.AppointmentAsync(account, buyer, "am.north1", AppointmentWorld.Local(2026, 6, 12, 10),
            scheduledAt: AppointmentWorld.Local(2026, 6, 9, 9, 30));
        var cancelled = await _world.AppointmentAsync(account, buyer, "am.north1", AppointmentWorld.Local(2026, 6, 13, 10));
        await using (var db = _world.Db())
            await db.HqAppointments.Where(a => a.Id == cancelled)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.State, AppointmentState.Cancelled).SetProperty(a => a.CancelReason, "改期另约"));

        var entries = (await EntriesAsync("am.north1")).Where(e => e.AccountId == account).ToDictionary(e => e.Id);
        var forApprover = (await EntriesAsync("approver")).Where(e => e.AccountId == account).ToDictionary(e => e.Id);

        var summary = entries.Values.Select(e => (e.Id, e.Status, e.VisitId, e.CanChange, e.CanRecordVisit)).ToList();
        summary.ShouldBe([
            (kept, AppointmentStatus.Kept, (int?)visit, false, false),
            (missed, AppointmentStatus.NotKept, null, true, true),
            (today, AppointmentStatus.Booked, null, true, true),
            (ahead, AppointmentStatus.Booked, null, true, false),
            (cancelled, AppointmentStatus.Cancelled, null, false, false),
        ]);
        entries[today].LeadHours.ShouldBe(6);
        entries[today].BookedInTime.ShouldBeFalse();
        entries[ahead].LeadHours.ShouldBe(72);
        entries[ahead].BookedInTime.ShouldBeTrue();
        entries[cancelled].CancelReason.ShouldBe("改期另约");
        entries[today].BuyerName.ShouldNotBeNullOrEmpty();
        forApprover.Values.ShouldAllBe(e => !e.CanChange && !e.CanRecordVisit);
        forApprover.Count.ShouldBe(5);
    }

    [Fact]
    public async Task The_person_filter_offers_a_market_manager_their_district_people_and_themselves_first()
    {
        await using var db = _world.Db();
        var mm = await _world.ViewerAsync("mm.east");
        var people = await AppointmentChoices.PeopleAsync(db, mm);
        var eastManagers = await db.Users.Where(u => u.UserName!.StartsWith("am.east")).Select(u => u.Id).ToListAsync();
        var westManagers = await db.Users.Where(u => u.UserName!.StartsWith("am.west")).Select(u => u.Id).ToListAsync();

        people[0].Id.ShouldBe(mm.UserId);
        eastManagers.ShouldAllBe(id => people.Any(p => p.Id == id));
        people.Select(p => p.Id).ShouldNotContain(westManagers[0]);
        (await AppointmentChoices.AccountsAsync(db, await _world.ViewerAsync("approver"))).ShouldBeEmpty();
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();
}
