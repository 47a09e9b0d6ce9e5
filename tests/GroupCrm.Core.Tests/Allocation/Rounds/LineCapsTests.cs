using System.Globalization;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>
/// An account's own minimum and maximum, and the round's defaults after an edit: the round is computed again, the
/// overrides kept while they still fit.
/// </summary>
public sealed class LineCapsTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private RoundWorld _world = null!;
    private int _a, _b, _c;

    public async Task InitializeAsync()
    {
        _world = await RoundWorld.CreateAsync(fixture);
        // 100 packs by sales 50 : 30 : 20.
        _a = await _world.SellingAccountAsync("甲连锁", 50);
        _b = await _world.SellingAccountAsync("乙连锁", 30);
        _c = await _world.SellingAccountAsync("丙连锁", 20);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Caps_for_one_account_recompute_the_round_and_keep_the_overrides()
    {
        var id = await _world.CreateAsync();
        await _world.OverrideAsync(id, _c, 10);

        var result = await _world.Rounds(async r => await r.SetCapsAsync(_world.People.MarketManager, id, _a, null, 50, await _world.VersionAsync(id)));

        result.Succeeded.ShouldBeTrue();
        var lines = await _world.LinesAsync(id);
        (lines[_a].MaximumPacks, lines[_a].FinalPacks, lines[_a].Cap).ShouldBe((50, 50L, "Maximum"));
        (lines[_b].FinalPacks, lines[_c].FinalPacks, lines[_c].OverrideReason).ShouldBe((40L, 10L, "门店翻新后需求上升"));
        (lines[_b].MaximumPacks, lines[_b].MinimumPacks).ShouldBe((null, null));
    }

    [Fact]
    public async Task Caps_that_an_override_would_break_are_refused()
    {
        var id = await _world.CreateAsync();
        await _world.OverrideAsync(id, _a, 30);

        var result = await _world.Rounds(async r => await r.SetCapsAsync(_world.People.MarketManager, id, _a, 31, null, await _world.VersionAsync(id)));
        var inverted = await _world.Rounds(async r => await r.SetCapsAsync(_world.People.MarketManager, id, _b, 5, 4, await _world.VersionAsync(id)));

        Texts(result).ShouldBe(["The override of 30 packs would be outside these caps; remove the override first."]);
        inverted.Errors.ShouldBe([new RecordError(nameof(RoundLine.MaximumPacks), RoundMessages.MaximumBelowMinimum)]);
    }

    [Fact]
    public async Task Editing_the_round_keeps_overrides_and_caps_set_for_one_account_and_gives_the_others_the_new_defaults()
    {
        var id = await _world.CreateAsync(_world.Input(minimum: 1));
        await _world.Rounds(async r => await r.SetCapsAsync(_world.People.MarketManager, id, _b, 0, 25, await _world.VersionAsync(id)));
        await _world.OverrideAsync(id, _c, 15);

        var result = await _world.Rounds(async r => await r.UpdateAsync(_world.People.MarketManager, id, _world.Input(available: 2000, minimum: 2), await _world.VersionAsync(id)));

        result.Succeeded.ShouldBeTrue();
        var lines = await _world.LinesAsync(id);
        (lines[_a].MinimumPacks, lines[_b].MinimumPacks, lines[_b].MaximumPacks, lines[_c].MinimumPacks).ShouldBe((2, 0, 25, 2));
        (lines[_a].FinalPacks, lines[_b].FinalPacks, lines[_c].FinalPacks).ShouldBe((160L, 25L, 15L));
    }

    [Fact]
    public async Task An_edit_whose_caps_an_override_would_break_is_refused()
    {
        var id = await _world.CreateAsync();
        await _world.OverrideAsync(id, _c, 15);

        var result = await _world.Rounds(async r => await r.UpdateAsync(_world.People.MarketManager, id, _world.Input(minimum: 16), await _world.VersionAsync(id)));

        Texts(result).ShouldBe(["The override of 15 packs for 丙连锁 is outside its minimum and maximum; remove the override or change the caps."]);
        (await _world.ViewAsync(id)).MinimumPacks.ShouldBeNull();
    }

    private static string[] Texts(RecordResult result) =>
        [.. result.Errors.Select(e => string.Format(CultureInfo.InvariantCulture, e.Message, e.Arguments))];
}
