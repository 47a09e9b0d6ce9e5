using System.Globalization;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>
/// An override fixes one line by hand, with a reason, and the other lines re-balance so the round hands out the same
/// total; what cannot re-balance is refused and nothing moves. Each override and removal is audited.
/// </summary>
public sealed class OverrideTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
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
    public async Task An_override_rebalances_the_other_lines_and_keeps_the_total()
    {
        var id = await _world.CreateAsync();

        var result = await _world.OverrideAsync(id, _a, 30, "  新店开业，需求暂缓  ");

        result.Succeeded.ShouldBeTrue();
        var lines = await _world.LinesAsync(id);
        (lines[_a].FinalPacks, lines[_a].EnginePacks, lines[_a].OverrideReason, lines[_a].OverriddenById).ShouldBe((30L, 50L, "新店开业，需求暂缓", _world.People.MarketManager.UserId));
        (lines[_a].WholePacks, lines[_a].SharePercent).ShouldBe((50L, 50m)); // the engine's explanation is kept
        // The other two share the 70 packs left, 30 : 20.
        (lines[_b].FinalPacks, lines[_b].EnginePacks, lines[_b].SharePercent, lines[_b].WholePacks + lines[_b].RoundingAdjustment).ShouldBe((42L, 30L, 60m, 42L));
        (lines[_c].FinalPacks, lines[_c].EnginePacks, lines[_c].FinalUnits).ShouldBe((28L, 20L, 280L));
        lines.Values.Sum(l => l.FinalPacks).ShouldBe(100);

        var view = await _world.ViewAsync(id);
        view.Lines.Single(l => l.AccountId == _a).IsOverridden.ShouldBeTrue();
        view.Lines.Single(l => l.AccountId == _b).IsRebalanced.ShouldBeTrue();
        var audit = view.Events.Last();
        (audit.Kind, audit.AccountName, audit.FromPacks, audit.ToPacks, audit.Note, audit.ByName).ShouldBe(
            (RoundEventKind.Overridden, "甲连锁", 50L, 30L, "新店开业，需求暂缓", $"mm {_world.People.Tag}"));
    }

    [Fact]
    public async Task Two_overrides_leave_the_rest_to_the_third_line_and_removing_one_rebalances_again()
    {
        var id = await _world.CreateAsync();
        (await _world.OverrideAsync(id, _a, 40)).Succeeded.ShouldBeTrue();
        (await _world.OverrideAsync(id, _b, 40)).Succeeded.ShouldBeTrue();
        (await _world.LinesAsync(id))[_c].FinalPacks.ShouldBe(20);

        var removed = await _world.Rounds(async r => await r.RemoveOverrideAsync(_world.People.MarketManager, id, _b, await _world.VersionAsync(id)));

        removed.Succeeded.ShouldBeTrue();
        var lines = await _world.LinesAsync(id);
        (lines[_a].FinalPacks, lines[_b].FinalPacks, lines[_c].FinalPacks).ShouldBe((40L, 36L, 24L));
        (lines[_b].OverrideReason, lines[_b].OverriddenById, lines[_b].OverriddenAt).ShouldBe((null, null, null));
        var audit = (await _world.ViewAsync(id)).Events.Last();
        (audit.Kind, audit.AccountId, audit.FromPacks, audit.ToPacks, audit.Note).ShouldBe((RoundEventKind.OverrideRemoved, _b, 40L, 36L, "门店翻新后需求上升"));
    }

    [Fact]
    public async Task Overriding_every_line_must_still_add_up_to_the_total()
    {
        var id = await _world.CreateAsync();
        await _world.OverrideAsync(id, _a, 50);
        await _world.OverrideAsync(id, _b, 30);

        var refused = await _world.OverrideAsync(id, _c, 15);
        var accepted = await _world.OverrideAsync(id, _c, 20);

        Texts(refused).ShouldBe(["Every line is overridden and they add up to 95 packs, not the 100 packs this round hands out."]);
        accepted.Succeeded.ShouldBeTrue();
    }

    public static TheoryData<string, long, string> Refusals => new()
    {
        { "more than the round", 101, "The overrides add up to 101 packs, more than the 100 packs this round hands out." },
        { "the others' minimums no longer fit", 95, "After the overrides, 5 packs remain, fewer than the minimums of 乙连锁, 丙连锁 (6 packs)." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task An_override_the_others_cannot_balance_is_refused_and_nothing_moves(string why, long packs, string message)
    {
        var id = await _world.CreateAsync(_world.Input(minimum: 3));
        var before = await _world.LinesAsync(id);
        var events = (await _world.CountsAsync()).Events;

        var result = await _world.OverrideAsync(id, _a, packs);

        Texts(result).ShouldBe([message], why);
        (await _world.LinesAsync(id)).Values.Select(l => (l.AccountId, l.FinalPacks, l.OverrideReason)).ShouldBe(
            before.Values.Select(l => (l.AccountId, l.FinalPacks, l.OverrideReason)));
        (await _world.CountsAsync()).Events.ShouldBe(events);
    }

    [Fact]
    public async Task An_override_the_others_cannot_take_because_of_their_maximums_is_refused()
    {
        var id = await _world.CreateAsync(_world.Input(maximum: 45));

        var result = await _world.OverrideAsync(id, _a, 0);

        Texts(result).ShouldBe(["The other accounts cannot take 10 packs: they are all held at their maximum. Lower the override or raise their maximums."]);
    }

    [Fact]
    public async Task When_the_others_have_no_basis_the_packs_left_cannot_be_shared()
    {
        var zero = await _world.AccountAsync("零销量连锁");
        var id = await _world.CreateAsync();
        await _world.OverrideAsync(id, _b, 0);
        await _world.OverrideAsync(id, _c, 0);

        var result = await _world.OverrideAsync(id, _a, 60);

        Texts(result).ShouldBe(["After the overrides, 40 packs remain for accounts with a basis of 0 (零销量连锁), so nothing says how to share them. Override them too, or choose another basis."]);
        (await _world.LinesAsync(id))[zero].FinalPacks.ShouldBe(0);
    }

    public static TheoryData<long, string?, string, string> BadOverrides => new()
    {
        { 10, null, AllocationRounds.ReasonField, RoundMessages.ReasonLength },
        { 10, "   ", AllocationRounds.ReasonField, RoundMessages.ReasonLength },
        { 10, "ok", AllocationRounds.ReasonField, RoundMessages.ReasonLength },
        { 10, new string('长', 501), AllocationRounds.ReasonField, RoundMessages.ReasonLength },
        { -1, "退货冲减", AllocationRounds.PacksField, RoundMessages.PacksNegative },
        { 1, "低于下限", AllocationRounds.PacksField, RoundMessages.OverrideBelowMinimum },
        { 61, "高于上限", AllocationRounds.PacksField, RoundMessages.OverrideAboveMaximum },
    };

    [Theory]
    [MemberData(nameof(BadOverrides))]
    public async Task A_bad_override_is_refused_on_its_field(long packs, string? reason, string field, string message)
    {
        var id = await _world.CreateAsync(_world.Input(minimum: 2, maximum: 60));
        var version = await _world.VersionAsync(id);

        var result = await _world.OverrideAsync(id, _a, packs, reason);

        result.Errors.ShouldContain(e => e.Field == field && e.Message == message);
        (await _world.VersionAsync(id)).ShouldBe(version);
        (await _world.LinesAsync(id))[_a].OverrideReason.ShouldBeNull();
    }

    [Fact]
    public async Task A_reason_of_500_characters_is_accepted()
    {
        var id = await _world.CreateAsync();

        (await _world.OverrideAsync(id, _a, 45, new string('长', 500))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task An_account_that_is_not_in_the_round_cannot_be_overridden_or_capped()
    {
        var inactive = await _world.SellingAccountAsync("暂停连锁", 10);
        await _world.SetStateAsync(inactive, AccountState.Suspended);
        var away = await _world.SellingAccountAsync("外区连锁", 10, _world.People.AwayManager);
        var id = await _world.CreateAsync();

        foreach (var account in new[] { inactive, away, int.MaxValue })
        {
            (await _world.OverrideAsync(id, account, 5)).Errors.Single().Message.ShouldBe(RoundMessages.AccountNotInRound);
            var caps = await _world.Rounds(async r => await r.SetCapsAsync(_world.People.MarketManager, id, account, 1, 5, await _world.VersionAsync(id)));
            caps.Errors.Single().Message.ShouldBe(RoundMessages.AccountNotInRound);
        }
        (await _world.LinesAsync(id)).Keys.ShouldBe([_a, _b, _c], ignoreOrder: true);
    }

    [Fact]
    public async Task Removing_an_override_that_is_not_there_is_refused()
    {
        var id = await _world.CreateAsync();

        var result = await _world.Rounds(async r => await r.RemoveOverrideAsync(_world.People.MarketManager, id, _a, await _world.VersionAsync(id)));

        result.Errors.Single().Message.ShouldBe(RoundMessages.NotOverridden);
    }

    private static string[] Texts(RecordResult result) =>
        [.. result.Errors.Select(e => string.Format(CultureInfo.InvariantCulture, e.Message, e.Arguments))];
}
