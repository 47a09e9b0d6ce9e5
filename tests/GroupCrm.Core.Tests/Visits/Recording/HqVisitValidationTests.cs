using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Recording;

namespace GroupCrm.Core.Tests.Visits.Recording;

/// <summary>HQ visits are by appointment: the account's own, booked, not kept yet, on the visit's day. Follow-ups are checked line by line.</summary>
public sealed class HqVisitValidationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private VisitWorld _world = null!;
    private int _account;

    public async Task InitializeAsync()
    {
        _world = await VisitWorld.CreateAsync(fixture);
        _account = await _world.AccountAsync();
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<RecordError> RefusedAsync(VisitInput input)
    {
        var before = await _world.CountsAsync();
        var result = await _world.RecordAsync(_world.Manager, input);
        (await _world.CountsAsync()).ShouldBe(before);
        return result.Errors.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task An_hq_visit_without_an_appointment_is_refused()
    {
        var error = await RefusedAsync(_world.HqVisit(_account, null));

        (error.Field, error.Message).ShouldBe(("AppointmentId", "Book an appointment first: HQ visits are by appointment."));
    }

    [Fact]
    public async Task A_cancelled_appointment_is_refused()
    {
        var cancelled = await _world.AppointmentAsync(_account, state: AppointmentState.Cancelled);

        (await RefusedAsync(_world.HqVisit(_account, cancelled))).Message.ShouldBe("This appointment was cancelled; book a new one first.");
    }

    [Fact]
    public async Task Another_accounts_appointment_is_refused()
    {
        var other = await _world.AccountAsync();
        var theirs = await _world.AppointmentAsync(other);

        (await RefusedAsync(_world.HqVisit(_account, theirs))).Message.ShouldBe("This appointment is not one of the chosen account's.");
    }

    [Fact]
    public async Task An_appointment_already_kept_is_refused()
    {
        var appointment = await _world.AppointmentAsync(_account);
        (await _world.RecordAsync(_world.Manager, _world.HqVisit(_account, appointment))).Succeeded.ShouldBeTrue();

        (await RefusedAsync(_world.HqVisit(_account, appointment) with { Time = new TimeOnly(11, 0) })).Message
            .ShouldBe("This appointment has already been kept by another visit.");
    }

    [Fact]
    public async Task The_visit_must_be_on_the_day_of_its_appointment()
    {
        var yesterday = await _world.AppointmentAsync(_account, VisitWorld.Now.AddDays(-1));

        var error = await RefusedAsync(_world.HqVisit(_account, yesterday));

        (error.Field, error.Message).ShouldBe(("Date", "The visit must be on the day of its appointment ({0})."));
        error.Arguments.ShouldBe(["2026-06-14"]);
    }

    [Fact]
    public async Task Store_fields_on_an_hq_visit_are_refused()
    {
        var appointment = await _world.AppointmentAsync(_account);

        (await RefusedAsync(_world.HqVisit(_account, appointment) with { Products = [_world.Line(0)] })).Message
            .ShouldBe("An HQ visit has no store, product checks, photo or scarce-stock notice.");
    }

    [Fact]
    public async Task Follow_ups_need_text_a_due_date_in_the_year_after_the_visit_and_an_owner_who_visits_the_account()
    {
        var appointment = await _world.AppointmentAsync(_account);
        var today = VisitWorld.Today;
        FollowUpInput Good() => new("寄送新品样品", today.AddDays(7), null);

        (await RefusedAsync(_world.HqVisit(_account, appointment, Good() with { Text = " " }))).ShouldBe(
            new RecordError("FollowUps[0].Text", "Enter what was agreed."), RecordErrorComparer.Instance);
        (await RefusedAsync(_world.HqVisit(_account, appointment, Good(), Good() with { Text = new string('x', 501) }))).Field.ShouldBe("FollowUps[1].Text");
        (await RefusedAsync(_world.HqVisit(_account, appointment, Good() with { DueOn = null }))).Message.ShouldBe("Enter the due date of the follow-up.");
        (await RefusedAsync(_world.HqVisit(_account, appointment, Good() with { DueOn = today.AddDays(-1) }))).Message
            .ShouldBe("The due date cannot be before the visit.");
        (await RefusedAsync(_world.HqVisit(_account, appointment, Good() with { DueOn = today.AddYears(1).AddDays(1) }))).Message
            .ShouldBe("The due date can be at most one year after the visit.");
        (await RefusedAsync(_world.HqVisit(_account, appointment, Good() with { OwnerId = _world.OtherManager.UserId }))).ShouldBe(
            new RecordError("FollowUps[0].OwnerId", FollowUpOwners.NotAnOwnerMessage), RecordErrorComparer.Instance);
        (await RefusedAsync(_world.HqVisit(_account, appointment, Good() with { OwnerId = _world.AwayMarketManager.UserId }))).Field
            .ShouldBe("FollowUps[0].OwnerId");
    }
}
