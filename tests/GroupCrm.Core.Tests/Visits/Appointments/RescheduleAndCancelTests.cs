using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Appointments;

namespace GroupCrm.Core.Tests.Visits.Appointments;

/// <summary>Rescheduling and cancelling: what moves ScheduledAt, what needs a reason, what a kept appointment refuses, and stale forms.</summary>
public sealed class RescheduleAndCancelTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncDisposable
{
    private readonly AppointmentWorld _world = new(fixture);

    private async Task<(int Id, int Account, int Buyer, HqAppointment Before)> BookedAsync(string owner = "am.east1")
    {
        var (account, buyer) = await _world.AccountAsync(owner);
        var id = await _world.AppointmentAsync(account, buyer, owner, AppointmentWorld.Local(2026, 6, 12, 9, 0));
        return (id, account, buyer, await _world.AppointmentOfAsync(id));
    }

    private async Task<RecordResult> RescheduleAsync(string userName, int id, AppointmentChange change, uint version)
    {
        var viewer = await _world.ViewerAsync(userName);
        return await _world.RunAsync<HqAppointments, RecordResult>(s => s.RescheduleAsync(viewer, id, change, version));
    }

    private async Task<RecordResult> CancelAsync(string userName, int id, string? reason, uint version)
    {
        var viewer = await _world.ViewerAsync(userName);
        return await _world.RunAsync<HqAppointments, RecordResult>(s => s.CancelAsync(viewer, id, reason, version));
    }

    [Fact]
    public async Task A_reschedule_moves_the_start_and_fixes_the_time_again_now()
    {
        var (id, _, buyer, before) = await BookedAsync();

        var result = await RescheduleAsync("am.east1", id, new(buyer, new DateOnly(2026, 6, 18), new TimeOnly(15, 0), "新品推介"), before.Version);

        result.Succeeded.ShouldBeTrue();
        var after = await _world.AppointmentOfAsync(id);
        after.StartsAt.ShouldBe(AppointmentWorld.Local(2026, 6, 18, 15, 0));
        after.ScheduledAt.ShouldBe(AppointmentWorld.Noon);
        after.BookedAt.ShouldBe(before.BookedAt);
        after.Purpose.ShouldBe("新品推介");
    }

    [Fact]
    public async Task Changing_only_the_purpose_keeps_the_time_and_when_it_was_fixed()
    {
        var (id, _, buyer, before) = await BookedAsync();

        var result = await RescheduleAsync("am.east1", id, new(buyer, new DateOnly(2026, 6, 12), new TimeOnly(9, 0), "改了目的"), before.Version);

        result.Succeeded.ShouldBeTrue();
        var after = await _world.AppointmentOfAsync(id);
        (after.StartsAt, after.ScheduledAt, after.Purpose).ShouldBe((before.StartsAt, before.ScheduledAt, "改了目的"));
    }

    [Fact]
    public async Task A_reschedule_outside_the_window_or_to_another_chains_buyer_is_refused_and_nothing_changes()
    {
        var (id, _, buyer, before) = await BookedAsync();
        var (_, otherBuyer) = await _world.AccountAsync("am.east1");

        var ahead = await RescheduleAsync("am.east1", id, new(buyer, new DateOnly(2027, 7, 1), new TimeOnly(9, 0), "回顾"), before.Version);
        var back = await RescheduleAsync("am.east1", id, new(buyer, new DateOnly(2026, 6, 1), new TimeOnly(9, 0), "回顾"), before.Version);
        var stranger = await RescheduleAsync("am.east1", id, new(otherBuyer, new DateOnly(2026, 6, 12), new TimeOnly(9, 0), "回顾"), before.Version);

        ahead.Errors.Select(e => e.Message).ShouldBe([AppointmentRules.TooFarAhead]);
        back.Errors.Select(e => e.Message).ShouldBe([AppointmentRules.TooFarBack]);
        stranger.Errors.Select(e => e.Message).ShouldBe(["This buyer is not a contact of the chosen account."]);
        var after = await _world.AppointmentOfAsync(id);
        (after.StartsAt, after.BuyerContactId, after.Version).ShouldBe((before.StartsAt, before.BuyerContactId, before.Version));
    }

    [Theory]
    [InlineData(null, "Give the reason for cancelling.")]
    [InlineData("  ", "Give the reason for cancelling.")]
    [InlineData("long", "The reason can be at most 500 characters.")]
    public async Task A_cancel_without_a_reason_or_with_an_over_long_one_is_refused(string? reason, string message)
    {
        var (id, _, _, before) = await BookedAsync();

        var result = await CancelAsync("am.east1", id, reason == "long" ? new string('因', 501) : reason, before.Version);

        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe([("Reason", message)]);
        (await _world.AppointmentOfAsync(id)).State.ShouldBe(AppointmentState.Booked);
    }

    [Fact]
    public async Task A_cancelled_appointment_keeps_its_reason_and_changes_no_more()
    {
        var (id, _, buyer, before) = await BookedAsync();

        var cancelled = await CancelAsync("am.east1", id, " 采购经理出差 ", before.Version);
        var after = await _world.AppointmentOfAsync(id);
        var again = await CancelAsync("am.east1", id, "再取消", after.Version);
        var moved = await RescheduleAsync("am.east1", id, new(buyer, new DateOnly(2026, 6, 20), new TimeOnly(9, 0), "回顾"), after.Version);

        cancelled.Succeeded.ShouldBeTrue();
        (after.State, after.CancelReason, after.CancelledAt).ShouldBe((AppointmentState.Cancelled, "采购经理出差", AppointmentWorld.Noon));
        again.Errors.Select(e => e.Message).ShouldBe([AppointmentRules.CancelledMessage]);
        moved.Errors.Select(e => e.Message).ShouldBe([AppointmentRules.CancelledMessage]);
        (await _world.AppointmentOfAsync(id)).ShouldBeEquivalentTo(after);
    }

    [Fact]
    public async Task An_appointment_a_visit_kept_can_be_neither_rescheduled_nor_cancelled()
    {
        var (id, account, buyer, before) = await BookedAsync();
        await _world.VisitAsync(account, "am.east1", before.StartsAt.AddMinutes(10), appointmentId: id);

        var moved = await RescheduleAsync("am.east1", id, new(buyer, new DateOnly(2026, 6, 20), new TimeOnly(9, 0), "回顾"), before.Version);
        var cancelled = await CancelAsync("am.east1", id, "不需要了", before.Version);

        moved.Errors.Select(e => e.Message).ShouldBe([AppointmentRules.KeptMessage]);
        cancelled.Errors.Select(e => e.Message).ShouldBe([AppointmentRules.KeptMessage]);
        (await _world.AppointmentOfAsync(id)).ShouldBeEquivalentTo(before);
    }

    [Fact]
    public async Task Of_two_changes_from_the_same_version_the_second_is_refused_and_the_first_kept()
    {
        var (id, _, buyer, before) = await BookedAsync();

        var first = await RescheduleAsync("mm.east", id, new(buyer, new DateOnly(2026, 6, 19), new TimeOnly(11, 0), "市场经理改期"), before.Version);
        var second = await CancelAsync("am.east1", id, "客户经理取消", before.Version);
        var third = await RescheduleAsync("am.east1", id, new(buyer, new DateOnly(2026, 6, 25), new TimeOnly(11, 0), "客户经理改期"), before.Version);

        first.Succeeded.ShouldBeTrue();
        second.IsConflict.ShouldBeTrue();
        third.IsConflict.ShouldBeTrue();
        var after = await _world.AppointmentOfAsync(id);
        (after.State, after.StartsAt, after.Purpose).ShouldBe((AppointmentState.Booked, AppointmentWorld.Local(2026, 6, 19, 11, 0), "市场经理改期"));
    }

    [Fact]
    public async Task Outsiders_cannot_change_an_appointment()
    {
        var (id, _, buyer, before) = await BookedAsync();
        var change = new AppointmentChange(buyer, new DateOnly(2026, 6, 20), new TimeOnly(9, 0), "越权");

        (await RescheduleAsync("am.east2", id, change, before.Version)).NotFound.ShouldBeTrue();
        (await CancelAsync("mm.west", id, "越权", before.Version)).NotFound.ShouldBeTrue();
        (await RescheduleAsync("approver", id, change, before.Version)).Forbidden.ShouldBeTrue();
        (await CancelAsync("approver", id, "越权", before.Version)).Forbidden.ShouldBeTrue();
        (await RescheduleAsync("am.east1", id + 100_000, change, before.Version)).NotFound.ShouldBeTrue();
        (await _world.AppointmentOfAsync(id)).ShouldBeEquivalentTo(before);
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();
}
