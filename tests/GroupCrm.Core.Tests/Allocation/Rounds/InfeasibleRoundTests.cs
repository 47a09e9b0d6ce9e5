using System.Globalization;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>A round the engine cannot share out is refused with the accounts named and why; nothing is saved.</summary>
public sealed class InfeasibleRoundTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private RoundWorld _world = null!;

    public async Task InitializeAsync() => _world = await RoundWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Minimums_above_the_packs_available_name_the_accounts()
    {
        await _world.SellingAccountAsync("甲连锁", 10);
        await _world.SellingAccountAsync("乙连锁", 10);

        var result = await _world.Rounds(r => r.CreateAsync(_world.People.MarketManager, _world.Input(minimum: 60)));

        Texts(result).ShouldBe(["The minimums of 甲连锁, 乙连锁 add up to 120 packs, more than the 100 packs available."]);
        (await _world.CountsAsync()).Rounds.ShouldBe(0);
    }

    [Fact]
    public async Task No_sales_for_anyone_suggests_another_basis()
    {
        var account = await _world.AccountAsync("甲连锁");
        await _world.SaleAsync(await _world.StoreAsync(account), RoundWorld.June.AddMonths(-1), 50, _world.Common);
        await _world.AccountAsync("乙连锁");

        var result = await _world.Rounds(r => r.CreateAsync(_world.People.MarketManager, _world.Input()));

        Texts(result).ShouldBe(["None of the accounts sold this product in the 3 months before the round's month (甲连锁, 乙连锁), "
            + "so nothing says how to share the packs. Choose another basis, such as planned volume or equal shares."]);
        (await _world.CountsAsync()).Rounds.ShouldBe(0);
    }

    [Fact]
    public async Task No_planned_volume_for_anyone_suggests_another_basis()
    {
        await _world.AccountAsync("甲连锁");
        await _world.AccountAsync("乙连锁", plannedVolume: 0m);

        var result = await _world.Rounds(r => r.CreateAsync(_world.People.MarketManager, _world.Input(RoundBasis.PlannedVolume)));

        result.Errors.Single().Message.ShouldBe(RoundMessages.NoPlannedVolume);
        result.Errors.Single().Arguments.ShouldBe(["甲连锁, 乙连锁"]);
    }

    [Fact]
    public async Task A_long_list_of_accounts_names_the_first_five_and_counts_the_rest()
    {
        for (var i = 1; i <= 7; i++) await _world.AccountAsync($"连锁{i}");

        var result = await _world.Rounds(r => r.CreateAsync(_world.People.MarketManager, _world.Input()));

        result.Errors.Single().Arguments[1].ShouldBe("连锁1, 连锁2, 连锁3, 连锁4, 连锁5 (+2)");
    }

    [Fact]
    public async Task An_edit_that_makes_the_round_infeasible_changes_nothing()
    {
        await _world.SellingAccountAsync("甲连锁", 10);
        var id = await _world.CreateAsync();
        var before = await _world.LinesAsync(id);

        var result = await _world.Rounds(async r => await r.UpdateAsync(_world.People.MarketManager, id, _world.Input(minimum: 101), await _world.VersionAsync(id)));

        Texts(result).ShouldBe(["The minimums of 甲连锁 add up to 101 packs, more than the 100 packs available."]);
        var view = await _world.ViewAsync(id);
        (view.MinimumPacks, view.Lines.Single().FinalPacks).ShouldBe((null, before.Values.Single().FinalPacks));
    }

    private static string[] Texts(RecordResult result) =>
        [.. result.Errors.Select(e => string.Format(CultureInfo.InvariantCulture, e.Message, e.Arguments))];
}
