using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Onboarding.Workflow;

/// <summary>Moves the table does not list, and listed moves asked for by the wrong person, are refused and change nothing.</summary>
public sealed class RefusedTransitionTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncLifetime
{
    private readonly WorkflowWorld _world = new(fixture);

    public static TheoryData<AccountState, AccountState> UnlistedMoves()
    {
        var data = new TheoryData<AccountState, AccountState>();
        foreach (var from in Enum.GetValues<AccountState>())
            foreach (var to in Enum.GetValues<AccountState>())
                if (WorkflowSteps.Find(from, to) is null) data.Add(from, to);
        return data;
    }

    [Theory]
    [MemberData(nameof(UnlistedMoves))]
    public async Task A_move_the_state_does_not_allow_is_refused_even_for_the_administrator(AccountState from, AccountState to)
    {
        var id = await _world.ReadyAccountAsync(from);
        var before = await _world.StateAsync(id);

        var result = await _world.MoveAsync("admin", id, to, "A reason.");

        result.Outcome.ShouldBe(WorkflowOutcome.Refused);
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe(WorkflowSteps.WrongStateMessage(to));
        error.Message.ShouldStartWith("This account is {0}: ");
        error.Arguments.ShouldBe([from]);
        (await _world.StateAsync(id)).ShouldBe(before);
        (await _world.TimelineAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public void The_refusal_reads_as_a_sentence()
    {
        string.Format(WorkflowSteps.WrongStateMessage(AccountState.Active), AccountState.Draft)
            .ShouldBe("This account is Draft: it cannot be approved.");
    }

    /// <summary>
    /// Each step with each demo person who may not take it: the manager of the account (am.east1), another
    /// manager of the same district (am.east2), the district's and another district's market manager, the approver.
    /// </summary>
    public static TheoryData<AccountState, AccountState, string> WrongPeople()
    {
        var data = new TheoryData<AccountState, AccountState, string>();
        foreach (var step in WorkflowSteps.All)
        {
            data.Add(step.From, step.To, "am.east2");
            data.Add(step.From, step.To, "mm.west");
            if (!step.Actors.HasFlag(WorkflowActors.Owner)) data.Add(step.From, step.To, "am.east1");
            if (!step.Actors.HasFlag(WorkflowActors.DistrictMarketManager)) data.Add(step.From, step.To, "mm.east");
            if (!step.Actors.HasFlag(WorkflowActors.MarketingCenter)) data.Add(step.From, step.To, "approver");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WrongPeople))]
    public async Task An_allowed_move_by_the_wrong_person_is_refused(AccountState from, AccountState to, string userName)
    {
        var id = await _world.ReadyAccountAsync(from);
        var before = await _world.StateAsync(id);

        var result = await _world.MoveAsync(userName, id, to, "A reason.");

        // People who cannot see the account learn nothing about it; the others are told who may take the step.
        if (userName is "am.east2" or "mm.west")
            result.Outcome.ShouldBe(WorkflowOutcome.NotFound);
        else
        {
            result.Outcome.ShouldBe(WorkflowOutcome.Forbidden);
            result.Errors.ShouldHaveSingleItem().Message.ShouldBe(WorkflowSteps.Find(from, to)!.OnlyMessage);
        }
        (await _world.StateAsync(id)).ShouldBe(before);
        (await _world.TimelineAsync(id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_account_that_does_not_exist_is_not_found()
    {
        var result = await _world.MoveAsync("admin", int.MaxValue, AccountState.Submitted, version: 1);

        result.Outcome.ShouldBe(WorkflowOutcome.NotFound);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
