using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Visits.Appointments;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Lists;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Visits.Lists;

/// <summary>Marking a follow-up done: who may, and that doing it twice changes nothing.</summary>
public sealed class MarkDoneTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncDisposable
{
    private readonly AppointmentWorld _world = new(fixture);

    private async Task<int> FollowUpAsync(string accountOwner, string owner)
    {
        var (account, _) = await _world.AccountAsync(accountOwner);
        var visit = await _world.VisitAsync(account, accountOwner, AppointmentWorld.Local(2026, 6, 1, 10));
        return await _world.FollowUpAsync(visit, account, owner, new DateOnly(2026, 6, 5), "<script>alert(1)</script> 寄样品");
    }

    private async Task<RecordResult> MarkAsync(string userName, int id)
    {
        var viewer = await _world.ViewerAsync(userName);
        return await _world.RunAsync<FollowUps, RecordResult>(f => f.MarkDoneAsync(viewer, id));
    }

    private async Task<FollowUp> LoadAsync(int id)
    {
        await using var db = _world.Db();
        return await db.FollowUps.AsNoTracking().SingleAsync(f => f.Id == id);
    }

    [Fact]
    public async Task The_owner_marks_it_done_and_a_second_mark_keeps_the_first()
    {
        var id = await FollowUpAsync("am.east1", "am.east1");
        var owner = await _world.ViewerAsync("am.east1");

        (await MarkAsync("am.east1", id)).Succeeded.ShouldBeTrue();
        (await MarkAsync("mm.east", id)).Succeeded.ShouldBeTrue();
        (await MarkAsync("am.east1", id)).Succeeded.ShouldBeTrue();

        var done = await LoadAsync(id);
        (done.DoneAt, done.DoneById).ShouldBe((AppointmentWorld.Noon, owner.UserId));
    }

    [Fact]
    public async Task Anyone_who_may_visit_the_chain_may_mark_someone_elses_follow_up_done()
    {
        var byMarketManager = await FollowUpAsync("am.east2", "am.east2");
        var byAdmin = await FollowUpAsync("am.east2", "am.east2");

        (await MarkAsync("mm.east", byMarketManager)).Succeeded.ShouldBeTrue();
        (await MarkAsync("admin", byAdmin)).Succeeded.ShouldBeTrue();

        (await LoadAsync(byMarketManager)).DoneById.ShouldBe((await _world.ViewerAsync("mm.east")).UserId);
        (await LoadAsync(byAdmin)).DoneById.ShouldBe((await _world.ViewerAsync("admin")).UserId);
    }

    [Fact]
    public async Task Others_are_refused_and_nothing_changes()
    {
        var id = await FollowUpAsync("am.east3", "am.east3");

        (await MarkAsync("am.east1", id)).NotFound.ShouldBeTrue();
        (await MarkAsync("mm.west", id)).NotFound.ShouldBeTrue();
        (await MarkAsync("approver", id)).Forbidden.ShouldBeTrue();
        (await MarkAsync("am.east3", id + 100_000)).NotFound.ShouldBeTrue();

        var followUp = await LoadAsync(id);
        (followUp.DoneAt, followUp.DoneById).ShouldBe((null, null));
    }

    [Fact]
    public async Task An_owner_who_sees_the_chain_but_does_not_visit_it_may_still_close_their_own_follow_up()
    {
        var id = await FollowUpAsync("am.north3", "approver");

        (await MarkAsync("approver", id)).Succeeded.ShouldBeTrue();

        (await LoadAsync(id)).DoneById.ShouldBe((await _world.ViewerAsync("approver")).UserId);
    }

    public ValueTask DisposeAsync() => _world.DisposeAsync();
}
