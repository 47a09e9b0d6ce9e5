using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Onboarding.Workflow;

/// <summary>Every move of the state machine succeeds for each person allowed to make it, and lands in the timeline.</summary>
public sealed class AllowedTransitionTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncLifetime
{
    private readonly WorkflowWorld _world = new(fixture);

    /// <summary>Each step with each allowed demo person: the account's manager, the district's market manager, the approver, the administrator.</summary>
    public static TheoryData<AccountState, AccountState, string> Moves()
    {
        var data = new TheoryData<AccountState, AccountState, string>();
        foreach (var step in WorkflowSteps.All)
        {
            if (step.Actors.HasFlag(WorkflowActors.Owner)) data.Add(step.From, step.To, "am.east1");
            if (step.Actors.HasFlag(WorkflowActors.DistrictMarketManager)) data.Add(step.From, step.To, "mm.east");
            if (step.Actors.HasFlag(WorkflowActors.MarketingCenter)) data.Add(step.From, step.To, "approver");
            data.Add(step.From, step.To, "admin");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public async Task An_allowed_move_by_an_allowed_person_is_made_and_recorded(AccountState from, AccountState to, string userName)
    {
        var id = await _world.ReadyAccountAsync(from);
        var before = await _world.StateAsync(id);

        var result = await _world.MoveAsync(userName, id, to, "Checked on site.");

        result.Outcome.ShouldBe(WorkflowOutcome.Done, string.Join(" ", result.Errors.Select(e => e.Message)));
        var after = await _world.StateAsync(id);
        after.State.ShouldBe(to);
        after.Version.ShouldNotBe(before.Version);
        var row = (await _world.TimelineAsync(id)).ShouldHaveSingleItem();
        row.FromState.ShouldBe(from);
        row.ToState.ShouldBe(to);
        row.ByUserId.ShouldBe((await _world.ViewerAsync(userName)).UserId);
        row.At.ShouldBe(FixedClock.Instant);
        row.Note.ShouldBe("Checked on site.");
    }

    [Fact]
    public async Task A_chain_walks_from_draft_to_active_and_the_timeline_tells_the_story()
    {
        var id = await _world.AccountAsync(AccountState.Draft);
        await _world.DocumentsAsync(id);

        (await _world.MoveAsync("am.east1", id, AccountState.Submitted)).Succeeded.ShouldBeTrue();
        (await _world.MoveAsync("mm.east", id, AccountState.UnderReview)).Succeeded.ShouldBeTrue();
        await _world.SurveyAsync(id, recommend: true);
        (await _world.MoveAsync("mm.east", id, AccountState.SiteSurveyed)).Succeeded.ShouldBeTrue();
        (await _world.MoveAsync("mm.east", id, AccountState.PendingApproval)).Succeeded.ShouldBeTrue();
        (await _world.MoveAsync("approver", id, AccountState.Active, "  Welcome aboard.  ")).Succeeded.ShouldBeTrue();

        var timeline = await _world.TimelineAsync(id);
        timeline.Select(t => t.ToState).ShouldBe(
            [AccountState.Submitted, AccountState.UnderReview, AccountState.SiteSurveyed, AccountState.PendingApproval, AccountState.Active]);
        timeline.Select(t => t.FromState).ShouldBe(
            [AccountState.Draft, AccountState.Submitted, AccountState.UnderReview, AccountState.SiteSurveyed, AccountState.PendingApproval]);
        timeline[0].Note.ShouldBeNull();
        timeline[^1].Note.ShouldBe("Welcome aboard.");
    }

    [Fact]
    public async Task The_buttons_offered_are_the_moves_the_person_may_make()
    {
        var id = await _world.AccountAsync(AccountState.SiteSurveyed);
        var account = new AccountScope(id, "x", (await _world.ViewerAsync("mm.east")).DistrictId!.Value,
            (await _world.ViewerAsync("am.east1")).UserId, AccountState.SiteSurveyed);

        var forReviewer = await ActionsAsync("mm.east", account);
        var forOwner = await ActionsAsync("am.east1", account);
        var forApprover = await ActionsAsync("approver", account);
        var forAdmin = await ActionsAsync("admin", account);

        forReviewer.ShouldBe([AccountState.PendingApproval, AccountState.Rejected], ignoreOrder: true);
        forOwner.ShouldBeEmpty();
        forApprover.ShouldBeEmpty();
        forAdmin.ShouldBe(forReviewer, ignoreOrder: true);
    }

    private async Task<IEnumerable<AccountState>> ActionsAsync(string userName, AccountScope account)
    {
        var viewer = await _world.ViewerAsync(userName);
        return await _world.RunAsync<OnboardingWorkflow, IEnumerable<AccountState>>(w =>
            Task.FromResult(w.AllowedActions(viewer, account).Select(s => s.To)));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
