using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>
/// Every write carries the version the person saw. A change made meanwhile, even one that touched only the lines,
/// moves the version on, so a write from the old page is refused as a conflict and changes nothing.
/// </summary>
public sealed class ConcurrencyTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
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
    public async Task An_override_moves_the_version_on_so_a_second_override_from_the_same_page_is_a_conflict()
    {
        var id = await _world.CreateAsync();
        var seen = await _world.VersionAsync(id);

        var first = await _world.Rounds(r => r.OverrideAsync(_world.People.MarketManager, id, _a, 50, "第一位经理的调整", seen));
        var second = await _world.Rounds(r => r.OverrideAsync(_world.People.Administrator, id, _b, 30, "第二位经理的调整", seen));

        first.Succeeded.ShouldBeTrue();
        second.IsConflict.ShouldBeTrue();
        var lines = await _world.LinesAsync(id);
        (lines[_a].FinalPacks, lines[_b].FinalPacks, lines[_b].OverrideReason).ShouldBe((50L, 50L, null));
    }

    public static TheoryData<string> Writes => ["update", "caps", "override", "remove override", "submit", "send back", "approve"];

    [Theory]
    [MemberData(nameof(Writes))]
    public async Task A_write_from_a_stale_version_is_refused_and_changes_nothing(string write)
    {
        var id = await _world.CreateAsync();
        if (write == "remove override") await _world.OverrideAsync(id, _a, 55);
        var decision = write is "send back" or "approve";
        if (decision) await _world.SubmitAsync(id);
        var stale = await _world.VersionAsync(id);
        // Meanwhile someone else saves the round: a draft gets new caps; a submitted round is sent back, corrected
        // and submitted again, so the approver's old page shows a round that is no longer the one waiting.
        if (decision)
        {
            await _world.Rounds(r => r.SendBackAsync(_world.People.Approver, id, "请补充理由", stale));
            await _world.OverrideAsync(id, _b, 45);
            await _world.SubmitAsync(id);
        }
        else await _world.Rounds(r => r.SetCapsAsync(_world.People.Administrator, id, _b, 0, 1000, stale));
        var before = await _world.CountsAsync();

        var mm = _world.People.MarketManager;
        var mc = _world.People.Approver;
        var result = await _world.Rounds(r => write switch
        {
            "update" => r.UpdateAsync(mm, id, _world.Input(available: 500), stale),
            "caps" => r.SetCapsAsync(mm, id, _a, 1, 99, stale),
            "override" => r.OverrideAsync(mm, id, _a, 10, "过期页面", stale),
            "remove override" => r.RemoveOverrideAsync(mm, id, _a, stale),
            "submit" => r.SubmitAsync(mm, id, stale),
            "send back" => r.SendBackAsync(mc, id, "退回", stale),
            _ => r.ApproveAsync(mc, id, stale),
        });

        result.IsConflict.ShouldBeTrue(write);
        result.Errors.Single().Message.ShouldBe(RecordResult.ConflictMessage);
        (await _world.CountsAsync()).ShouldBe(before);
    }
}
