using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>A new round is a draft computed by the engine over the district's active accounts, by the chosen basis.</summary>
public sealed class CreateRoundTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private RoundWorld _world = null!;

    public async Task InitializeAsync() => _world = await RoundWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Recent_sales_are_summed_over_the_basis_months_before_the_round_month_for_every_store_of_the_account()
    {
        var a = await _world.AccountAsync("甲连锁");
        var (a1, a2) = (await _world.StoreAsync(a, "甲一店"), await _world.StoreAsync(a, "甲二店", active: false));
        var b = await _world.AccountAsync("乙连锁");
        var b1 = await _world.StoreAsync(b, "乙一店");
        var june = RoundWorld.June;
        await _world.SaleAsync(a1, june.AddMonths(-1), 30);
        await _world.SaleAsync(a2, june.AddMonths(-3), 30);   // a closed store's past sales still count for its chain
        await _world.SaleAsync(a1, june.AddMonths(-4), 500);  // before the three basis months
        await _world.SaleAsync(a1, june, 500);                // the round's own month
        await _world.SaleAsync(a1, june.AddMonths(-2), 999, _world.Common); // another product
        await _world.SaleAsync(b1, june.AddMonths(-2), 40);

        var id = await _world.CreateAsync();

        var round = await _world.ViewAsync(id);
        (round.State, round.Revision, round.Month, round.Plan.PacksAvailable, round.Plan.PacksAllocated).ShouldBe((RoundState.Draft, 1, june, 100L, 100L));
        round.Lines.Select(l => (l.AccountName, l.Basis, l.SharePercent, l.FinalPacks, l.FinalUnits)).ShouldBe(
        [
            ("甲连锁", 60m, 60m, 60L, 600L),
            ("乙连锁", 40m, 40m, 40L, 400L),
        ]);
        round.Events.Single().Kind.ShouldBe(RoundEventKind.Created);
    }

    [Fact]
    public async Task Only_the_districts_active_accounts_take_part()
    {
        var active = await _world.SellingAccountAsync("在营连锁", 10);
        var suspended = await _world.SellingAccountAsync("暂停连锁", 10);
        await _world.SetStateAsync(suspended, AccountState.Suspended);
        await _world.AccountAsync("入网中连锁", AccountState.UnderReview);
        await _world.SellingAccountAsync("外区连锁", 10, _world.People.AwayManager);

        var id = await _world.CreateAsync();

        (await _world.LinesAsync(id)).Keys.ShouldBe([active]);
    }

    [Fact]
    public async Task Planned_volume_and_equal_shares_are_bases_too()
    {
        var big = await _world.AccountAsync("大连锁", plannedVolume: 300m);
        var small = await _world.AccountAsync("小连锁", plannedVolume: 100m);
        var none = await _world.AccountAsync("无计划连锁");

        var planned = await _world.LinesAsync(await _world.CreateAsync(_world.Input(RoundBasis.PlannedVolume)));
        var equal = await _world.LinesAsync(await _world.CreateAsync(_world.Input(RoundBasis.EqualShares, available: 990)));

        (planned[big].FinalPacks, planned[small].FinalPacks, planned[none].FinalPacks).ShouldBe((75L, 25L, 0L));
        (equal[big].FinalPacks, equal[small].FinalPacks, equal[none].FinalPacks).ShouldBe((33L, 33L, 33L));
        equal.Values.ShouldAllBe(l => l.Basis == 1m);
    }

    [Fact]
    public async Task Every_line_keeps_its_explanation_with_the_round_caps_and_the_rounding()
    {
        var a = await _world.SellingAccountAsync("甲连锁", 1);
        var b = await _world.SellingAccountAsync("乙连锁", 1);
        var c = await _world.SellingAccountAsync("丙连锁", 98);
        var d = await _world.AccountAsync("丁连锁");

        // 12 packs: 丁 sold nothing and is raised to the minimum, 丙 is held at the maximum, 甲 and 乙 share the
        // other five by sales (2.5 each) and the odd pack goes to the lower id.
        var id = await _world.CreateAsync(_world.Input(available: 125, minimum: 2, maximum: 5));

        var lines = await _world.LinesAsync(id);
        (lines[a].Cap, lines[a].IdealPacks, lines[a].WholePacks, lines[a].RoundingAdjustment, lines[a].FinalPacks).ShouldBe(("None", 2.5m, 2L, 1, 3L));
        (lines[b].Cap, lines[b].IdealPacks, lines[b].WholePacks, lines[b].RoundingAdjustment, lines[b].FinalPacks).ShouldBe(("None", 2.5m, 2L, 0, 2L));
        (lines[c].Cap, lines[c].FinalPacks, lines[c].SharePercent).ShouldBe(("Maximum", 5L, 98m));
        (lines[d].Cap, lines[d].FinalPacks, lines[d].Basis, lines[d].MinimumPacks, lines[d].MaximumPacks).ShouldBe(("Minimum", 2L, 0m, 2, 5));
        lines.Values.ShouldAllBe(l => l.EnginePacks == l.FinalPacks && l.WholePacks + l.RoundingAdjustment == l.FinalPacks && l.FinalUnits == l.FinalPacks * 10);
        (await _world.ViewAsync(id)).Plan.ShouldBe(new RoundPlanFigures(12, 5, 12, 120, 0));
    }

    [Fact]
    public async Task When_every_account_is_at_its_maximum_the_rest_stays_in_reserve_and_the_plan_says_so()
    {
        await _world.SellingAccountAsync("甲连锁", 5);
        await _world.SellingAccountAsync("乙连锁", 5);

        var id = await _world.CreateAsync(_world.Input(maximum: 30));

        var plan = (await _world.ViewAsync(id)).Plan;
        (plan.PacksAllocated, plan.PacksLeftInReserve, plan.AllAtMaximum).ShouldBe((60L, 40L, true));
    }

    [Fact]
    public async Task A_month_given_as_any_day_is_kept_as_its_first_day()
    {
        await _world.SellingAccountAsync("甲连锁", 5);

        var id = await _world.CreateAsync(_world.Input() with { Month = new DateOnly(2026, 7, 19) });

        (await _world.ViewAsync(id)).Month.ShouldBe(new DateOnly(2026, 7, 1));
    }

    [Fact]
    public async Task An_administrator_may_create_a_round_in_any_district()
    {
        await _world.SellingAccountAsync("外区连锁", 5, _world.People.AwayManager);

        var id = await _world.CreateAsync(_world.Input() with { DistrictId = _world.People.Away.Id }, _world.People.Administrator);

        (await _world.ViewAsync(id)).DistrictId.ShouldBe(_world.People.Away.Id);
    }
}
