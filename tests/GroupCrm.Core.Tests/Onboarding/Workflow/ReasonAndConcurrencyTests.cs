using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Onboarding.Workflow;

/// <summary>Rejecting, suspending and closing need a reason; notes have a limit; a stale page cannot move an account.</summary>
public sealed class ReasonAndConcurrencyTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncLifetime
{
    private readonly WorkflowWorld _world = new(fixture);

    public static TheoryData<AccountState, AccountState, string?> StepsWithoutReason()
    {
        var data = new TheoryData<AccountState, AccountState, string?>();
        foreach (var step in WorkflowSteps.All.Where(s => s.ReasonRequired))
        {
            data.Add(step.From, step.To, null);
            data.Add(step.From, step.To, " \t\n ");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(StepsWithoutReason))]
    public async Task A_step_that_needs_a_reason_is_refused_without_one(AccountState from, AccountState to, string? note)
    {
        var id = await _world.ReadyAccountAsync(from);

        var result = await _world.MoveAsync("admin", id, to, note);

        result.Outcome.ShouldBe(WorkflowOutcome.Refused);
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("Note");
        (await _world.StateAsync(id)).State.ShouldBe(from);
        (await _world.TimelineAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public void Exactly_rejecting_suspending_and_closing_need_a_reason()
    {
        WorkflowSteps.All.Where(s => s.ReasonRequired).Select(s => s.To).Distinct()
            .ShouldBe([AccountState.Rejected, AccountState.Suspended, AccountState.Closed], ignoreOrder: true);
    }

    [Fact]
    public async Task A_note_may_have_1000_characters_but_not_more()
    {
        var tooLong = await _world.AccountAsync(AccountState.Active);
        var justRight = await _world.AccountAsync(AccountState.Active);

        var refused = await _world.MoveAsync("approver", tooLong, AccountState.Suspended, new string('欠', 1001));
        var done = await _world.MoveAsync("approver", justRight, AccountState.Suspended, new string('欠', 1000));

        refused.Errors.ShouldHaveSingleItem().Message.ShouldBe("The note can be at most 1000 characters.");
        (await _world.StateAsync(tooLong)).State.ShouldBe(AccountState.Active);
        done.Succeeded.ShouldBeTrue();
        (await _world.TimelineAsync(justRight)).ShouldHaveSingleItem().Note!.Length.ShouldBe(1000);
    }

    [Fact]
    public async Task A_move_from_a_stale_page_is_refused_and_nothing_is_written()
    {
        var id = await _world.AccountAsync(AccountState.Draft);
        var seen = (await _world.StateAsync(id)).Version;
        await using (var db = _world.Db())
            await db.Accounts.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.HqAddress, "上海市长宁区"));

        var result = await _world.MoveAsync("am.east1", id, AccountState.Submitted, version: seen);

        result.Outcome.ShouldBe(WorkflowOutcome.Conflict);
        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("changed this record in the meantime");
        (await _world.StateAsync(id)).State.ShouldBe(AccountState.Draft);
        (await _world.TimelineAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_second_of_two_clicks_on_the_same_page_is_refused()
    {
        var id = await _world.AccountAsync(AccountState.Draft);
        var seen = (await _world.StateAsync(id)).Version;

        var first = await _world.MoveAsync("am.east1", id, AccountState.Submitted, version: seen);
        var second = await _world.MoveAsync("am.east1", id, AccountState.Submitted, version: seen);

        first.Succeeded.ShouldBeTrue();
        second.Outcome.ShouldBe(WorkflowOutcome.Conflict);
        (await _world.TimelineAsync(id)).ShouldHaveSingleItem();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
