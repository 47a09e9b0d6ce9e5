using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>
/// A correction of an approved round is a revision: a new draft that points back at it. The approved round stays in
/// force until the revision is approved; then it is superseded, and both stay visible, linked both ways.
/// </summary>
public sealed class RevisionTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private RoundWorld _world = null!;
    private int _a, _b;

    public async Task InitializeAsync()
    {
        _world = await RoundWorld.CreateAsync(fixture);
        _a = await _world.SellingAccountAsync("甲连锁", 60);
        _b = await _world.SellingAccountAsync("乙连锁", 40);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_revision_copies_the_input_and_caps_but_not_the_overrides_and_leaves_the_original_in_force()
    {
        var id = await _world.CreateAsync(_world.Input(minimum: 1));
        await _world.Rounds(async r => await r.SetCapsAsync(_world.People.MarketManager, id, _b, 2, 35, await _world.VersionAsync(id)));
        await _world.OverrideAsync(id, _a, 70);
        await _world.SubmitAsync(id);
        await _world.ApproveAsync(id);

        var result = await _world.Rounds(r => r.ReviseAsync(_world.People.MarketManager, id));

        result.Succeeded.ShouldBeTrue();
        var revision = await _world.ViewAsync(result.Id);
        (revision.State, revision.Revision, revision.SupersedesId, revision.AvailableUnits, revision.MinimumPacks).ShouldBe((RoundState.Draft, 2, id, 1000L, 1));
        var lines = revision.Lines.ToDictionary(l => l.AccountId);
        (lines[_b].MinimumPacks, lines[_b].MaximumPacks, lines[_b].FinalPacks).ShouldBe((2, 35, 35L));
        (lines[_a].IsOverridden, lines[_a].FinalPacks).ShouldBe((false, 65L));
        var original = await _world.ViewAsync(id);
        (original.State, original.SupersededById, original.CanRevise).ShouldBe((RoundState.Approved, result.Id, false));
        await using var db = _world.Db();
        (await db.AllocationNotices.CountAsync(n => n.RoundId == id)).ShouldBe(4);
    }

    [Fact]
    public async Task Approving_the_revision_supersedes_the_original_and_both_stay_visible()
    {
        var id = await _world.ApprovedAsync();
        var revisionId = (await _world.Rounds(r => r.ReviseAsync(_world.People.MarketManager, id))).Id;
        await _world.Rounds(async r => await r.UpdateAsync(_world.People.MarketManager, revisionId, _world.Input(available: 800), await _world.VersionAsync(revisionId)));
        await _world.SubmitAsync(revisionId);

        (await _world.ApproveAsync(revisionId)).Succeeded.ShouldBeTrue();

        var original = await _world.ViewAsync(id);
        var revision = await _world.ViewAsync(revisionId);
        (original.State, original.SupersededById, original.Events.Last().Kind).ShouldBe((RoundState.Superseded, revisionId, RoundEventKind.Superseded));
        (revision.State, revision.SupersedesId, revision.Plan.PacksAllocated).ShouldBe((RoundState.Approved, id, 80L));
        var listed = await _world.RunAsync<RoundQueries, IReadOnlyList<RoundSummary>>(q => q.ListAsync(_world.People.MarketManager, RoundWorld.June, null));
        listed.Select(r => (r.Id, r.Revision, r.State)).ShouldBe([(revisionId, 2, RoundState.Approved), (id, 1, RoundState.Superseded)]);
        await using var db = _world.Db();
        (await db.AllocationNotices.CountAsync(n => n.RoundId == revisionId)).ShouldBe(4);
    }

    [Fact]
    public async Task A_superseded_round_refuses_every_write_and_cannot_be_revised_again()
    {
        var id = await _world.ApprovedAsync();
        var revisionId = (await _world.Rounds(r => r.ReviseAsync(_world.People.MarketManager, id))).Id;
        await _world.SubmitAsync(revisionId);
        await _world.ApproveAsync(revisionId);

        (await _world.OverrideAsync(id, _a, 10)).Errors.Single().Message.ShouldBe(RoundMessages.SupersededImmutable);
        (await _world.Rounds(r => r.ReviseAsync(_world.People.MarketManager, id))).Errors.Single().Message.ShouldBe(RoundMessages.OnlyApprovedRevised);
    }

    [Fact]
    public async Task A_round_has_one_revision_at_most()
    {
        var id = await _world.ApprovedAsync();
        var first = await _world.Rounds(r => r.ReviseAsync(_world.People.MarketManager, id));

        var second = await _world.Rounds(r => r.ReviseAsync(_world.People.Administrator, id));

        second.Errors.Single().Message.ShouldBe(RoundMessages.AlreadyRevised);
        second.Errors.Single().Arguments.ShouldBe([first.Id]);
        (await _world.CountsAsync()).Rounds.ShouldBe(2);
    }

    [Fact]
    public async Task Only_an_approved_round_is_revised_and_only_by_whoever_runs_the_district()
    {
        var draft = await _world.CreateAsync();
        var approved = await _world.ApprovedAsync();

        (await _world.Rounds(r => r.ReviseAsync(_world.People.MarketManager, draft))).Errors.Single().Message.ShouldBe(RoundMessages.OnlyApprovedRevised);
        (await _world.Rounds(r => r.ReviseAsync(_world.People.Approver, approved))).Forbidden.ShouldBeTrue();
        (await _world.Rounds(r => r.ReviseAsync(_world.People.Manager, approved))).Forbidden.ShouldBeTrue();
        (await _world.Rounds(r => r.ReviseAsync(_world.People.AwayMarketManager, approved))).NotFound.ShouldBeTrue();
        (await _world.CountsAsync()).Rounds.ShouldBe(2);
    }
}
