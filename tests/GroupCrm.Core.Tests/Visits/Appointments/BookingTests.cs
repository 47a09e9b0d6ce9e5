using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Appointments;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Visits.Appointments;

/// <summary>Booking an HQ appointment: local time to UTC, the checks of each field, and who may book on which chain.</summary>
public sealed class BookingTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncDisposable
{
    private readonly AppointmentWorld _world = new(fixture);

    private async Task<RecordResult> BookAsync(string userName, AppointmentInput input)
    {
        var viewer = await _world.ViewerAsync(userName);
        return await _world.RunAsync<HqAppointments, RecordResult>(s => s.BookAsync(viewer, input));
    }

    private async Task<int> CountAsync(int accountId)
    {
        await using var db = _world.Db();
        return await db.HqAppointments.CountAsync(a => a.AccountId == accountId);
    }

    [Fact]
    public async Task A_booking_turns_the_local_time_into_utc_and_fixes_its_time_now()
    {
        var (account, buyer) = await _world.AccountAsync("am.east1");
        var manager = await _world.ViewerAsync("am.east1");

        var result = await BookAsync("am.east1", new(account, buyer, new DateOnly(2026, 6, 12), new TimeOnly(14, 30), "  季度回顾 <b>新品</b>  "));

        result.Succeeded.ShouldBeTrue();
        var saved = await _world.AppointmentOfAsync(result.Id);
        saved.StartsAt.ShouldBe(new DateTimeOffset(2026, 6, 12, 6, 30, 0, TimeSpan.Zero));
        (saved.AccountId, saved.BuyerContactId, saved.BookedById, saved.State).ShouldBe((account, buyer, manager.UserId, AppointmentState.Booked));
        (saved.BookedAt, saved.ScheduledAt).ShouldBe((AppointmentWorld.Noon, AppointmentWorld.Noon));
        saved.Purpose.ShouldBe("季度回顾 <b>新品</b>");
    }

    [Fact]
    public async Task A_meeting_earlier_today_may_still_be_booked_after_the_fact()
    {
        var (account, buyer) = await _world.AccountAsync("am.east1");

        var result = await BookAsync("am.east1", new(account, buyer, _world.Today, new TimeOnly(8, 0), "临时拜访"));

        result.Succeeded.ShouldBeTrue();
        (await _world.AppointmentOfAsync(result.Id)).StartsAt.ShouldBe(AppointmentWorld.Noon.AddHours(-2));
    }

    [Fact]
    public async Task A_buyer_of_another_account_is_refused_and_nothing_is_written()
    {
        var (account, _) = await _world.AccountAsync("am.east1");
        var (_, otherBuyer) = await _world.AccountAsync("am.east1");

        var result = await BookAsync("am.east1", new(account, otherBuyer, new DateOnly(2026, 6, 12), new TimeOnly(10, 0), "回顾"));

        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe([("BuyerContactId", "This buyer is not a contact of the chosen account.")]);
        (await CountAsync(account)).ShouldBe(0);
    }

    [Theory]
    [InlineData(2026, 6, 9, 9, 59, AppointmentRules.TooFarBack)]    // a day and a minute ago
    [InlineData(2025, 12, 1, 10, 0, AppointmentRules.TooFarBack)]
    [InlineData(1999, 1, 1, 10, 0, AppointmentRules.TooFarBack)]
    [InlineData(2027, 6, 10, 10, 1, AppointmentRules.TooFarAhead)]  // a year and a minute ahead
    [InlineData(2199, 12, 31, 10, 0, AppointmentRules.TooFarAhead)]
    public async Task A_time_too_far_back_or_ahead_is_refused(int year, int month, int day, int hour, int minute, string message)
    {
        var (account, buyer) = await _world.AccountAsync("am.east2");

        var result = await BookAsync("am.east2", new(account, buyer, new DateOnly(year, month, day), new TimeOnly(hour, minute), "回顾"));

        result.Errors.Select(e => e.Message).ShouldBe([message]);
        (await CountAsync(account)).ShouldBe(0);
    }

    [Fact]
    public async Task The_window_edges_are_allowed()
    {
        var (account, buyer) = await _world.AccountAsync("am.east2");

        var dayAgo = await BookAsync("am.east2", new(account, buyer, new DateOnly(2026, 6, 9), new TimeOnly(10, 0), "回顾"));
        var yearAhead = await BookAsync("am.east2", new(account, buyer, new DateOnly(2027, 6, 10), new TimeOnly(10, 0), "回顾"));

        dayAgo.Succeeded.ShouldBeTrue();
        yearAhead.Succeeded.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, "Enter the purpose of the appointment.")]
    [InlineData("   ", "Enter the purpose of the appointment.")]
    [InlineData("long", "The purpose can be at most 500 characters.")]
    public async Task An_empty_or_over_long_purpose_is_refused(string? purpose, string message)
    {
        var (account, buyer) = await _world.AccountAsync("am.east3");
        var text = purpose == "long" ? new string('目', 501) : purpose;

        var result = await BookAsync("am.east3", new(account, buyer, new DateOnly(2026, 6, 12), new TimeOnly(10, 0), text));

        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe([("Purpose", message)]);
        (await CountAsync(account)).ShouldBe(0);
    }

    [Fact]
    public async Task Missing_buyer_day_and_time_are_each_named()
    {
        var (account, _) = await _world.AccountAsync("am.east3");

        var result = await BookAsync("am.east3", new(account, null, null, null, "回顾"));

        result.Errors.Select(e => e.Field).ShouldBe(["BuyerContactId", "Day", "Time"]);
        (await CountAsync(account)).ShouldBe(0);
    }

    [Fact]
    public async Task Only_those_who_visit_the_chain_may_book_on_it()
    {
        var (account, buyer) = await _world.AccountAsync("am.east1");
        var input = new AppointmentInput(account, buyer, new DateOnly(2026, 6, 15), new TimeOnly(9, 0), "回顾");

        (await BookAsync("am.east2", input)).NotFound.ShouldBeTrue();
        (await BookAsync("mm.west", input)).NotFound.ShouldBeTrue();
        (await BookAsync("am.west1", input)).NotFound.ShouldBeTrue();
        (await BookAsync("approver", input)).Forbidden.ShouldBeTrue();
        (await CountAsync(account)).ShouldBe(0);

        (await BookAsync("mm.east", input)).Succeeded.ShouldBeTrue();
        (await BookAsync("admin", input)).Succeeded.ShouldBeTrue();
        (await CountAsync(account)).ShouldBe(2);
    }

    [Theory]
    [InlineData(AccountState.Draft)]
    [InlineData(AccountState.Closed)]
    [InlineData(AccountState.PendingApproval)]
    public async Task A_chain_not_in_business_takes_no_appointments(AccountState state)
    {
        var (account, buyer) = await _world.AccountAsync("am.north1", state);

        var result = await BookAsync("am.north1", new(account, buyer, new DateOnly(2026, 6, 15), new TimeOnly(9, 0), "回顾"));

        result.Errors.Select(e => e.Message).ShouldBe([VisitAccess.NotVisitableMessage]);
        (await CountAsync(account)).ShouldBe(0);
    }

    [Fact]
    public async Task A_suspended_chain_still_takes_appointments()
    {
        var (account, buyer) = await _world.AccountAsync("am.north1", AccountState.Suspended);

        (await BookAsync("am.north1", new(account, buyer, new DateOnly(2026, 6, 15), new TimeOnly(9, 0), "回顾"))).Succeeded.ShouldBeTrue();
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();
}
