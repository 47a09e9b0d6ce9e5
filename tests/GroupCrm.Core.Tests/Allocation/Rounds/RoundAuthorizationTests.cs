using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>
/// A round is its district's: its market manager (or an administrator) runs it, MarketingCenter and administrators
/// read every round, an account manager reads only the rounds of their accounts and in them only their own lines.
/// Anyone else gets a 404, and a reader who may not change the round gets a 403.
/// </summary>
public sealed class RoundAuthorizationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private RoundWorld _world = null!;
    private int _mine, _colleagues, _round;

    public async Task InitializeAsync()
    {
        _world = await RoundWorld.CreateAsync(fixture);
        _mine = await _world.SellingAccountAsync("我的连锁", 60);
        _colleagues = await _world.SellingAccountAsync("同事的连锁", 40, _world.People.OtherManager);
        _round = await _world.CreateAsync();
        await _world.OverrideAsync(_round, _colleagues, 45, "同事门店扩张");
        await _world.OverrideAsync(_round, _mine, 55, "我的门店");
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task An_account_manager_reads_only_their_own_lines_and_audit_entries()
    {
        var view = (await _world.FindAsync(_world.People.Manager, _round)).ShouldNotBeNull();

        view.IsPartial.ShouldBeTrue();
        view.Lines.Select(l => l.AccountId).ShouldBe([_mine]);
        view.Events.Where(e => e.AccountId is not null).Select(e => e.AccountId).ShouldBe([_mine]);
        view.Events.ShouldContain(e => e.Kind == RoundEventKind.Created);
        view.Permissions.ShouldBe(new RoundPermissions(false, false, false, false));
        view.Plan.PacksAllocated.ShouldBe(100); // the round's total is open to everyone in it
    }

    [Fact]
    public async Task An_account_manager_without_a_line_and_a_market_manager_of_another_district_get_nothing()
    {
        var away = await _world.SellingAccountAsync("外区连锁", 10, _world.People.AwayManager);

        (await _world.FindAsync(_world.People.AwayManager, _round)).ShouldBeNull();
        (await _world.FindAsync(_world.People.AwayMarketManager, _round)).ShouldBeNull();
        (await List(_world.People.AwayManager)).ShouldBeEmpty();
        (await List(_world.People.AwayMarketManager)).ShouldBeEmpty();
        (await _world.OverrideAsync(_round, _mine, 50, "越权", _world.People.AwayMarketManager)).NotFound.ShouldBeTrue();
        (await _world.Rounds(r => r.CreateAsync(_world.People.AwayMarketManager, _world.Input()))).Forbidden.ShouldBeTrue();
        away.ShouldBePositive();
    }

    [Fact]
    public async Task Everyone_else_in_the_round_reads_all_its_lines()
    {
        foreach (var viewer in new[] { _world.People.MarketManager, _world.People.Administrator, _world.People.Approver, _world.People.OtherManager })
        {
            var view = (await _world.FindAsync(viewer, _round)).ShouldNotBeNull();
            var expected = viewer == _world.People.OtherManager ? new[] { _colleagues } : [_mine, _colleagues];
            view.Lines.Select(l => l.AccountId).ShouldBe(expected, ignoreOrder: true, viewer.Role);
            (await List(viewer)).Select(r => r.Id).ShouldContain(_round);
        }
    }

    [Fact]
    public async Task Only_the_districts_market_manager_and_administrators_run_a_round()
    {
        (await _world.FindAsync(_world.People.MarketManager, _round))!.Permissions.ShouldBe(new RoundPermissions(true, true, false, false));
        (await _world.FindAsync(_world.People.Approver, _round))!.Permissions.ShouldBe(new RoundPermissions(false, false, false, false));

        foreach (var reader in new[] { _world.People.Manager, _world.People.Approver })
        {
            (await _world.OverrideAsync(_round, _mine, 50, "无权", reader)).Forbidden.ShouldBeTrue();
            (await _world.SubmitAsync(_round, reader)).Forbidden.ShouldBeTrue();
            (await _world.Rounds(r => r.CreateAsync(reader, _world.Input()))).Forbidden.ShouldBeTrue();
        }
        (await _world.Rounds(async r => await r.RemoveOverrideAsync(_world.People.Administrator, _round, _mine, await _world.VersionAsync(_round))))
            .Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task The_form_offers_the_viewers_districts_the_scarce_products_and_the_open_months()
    {
        var mm = await Choices(_world.People.MarketManager);
        var admin = await Choices(_world.People.Administrator);
        var am = await Choices(_world.People.Manager);

        mm.Districts.Select(d => d.Id).ShouldBe([_world.DistrictId]);
        admin.Districts.Select(d => d.Id).ShouldContain(_world.People.Away.Id);
        am.Districts.ShouldBeEmpty();
        mm.Products.Select(p => p.Id).ShouldContain(_world.Scarce);
        mm.Products.Select(p => p.Id).ShouldNotContain(_world.Common);
        mm.Products.Select(p => p.Id).ShouldNotContain(_world.Withdrawn);
        (mm.Months.First(), mm.Months.Last(), mm.Months.Count).ShouldBe((RoundWorld.June, RoundWorld.June.AddMonths(12), 13));
    }

    [Fact]
    public async Task The_list_filters_by_month_and_state()
    {
        var mm = _world.People.MarketManager;

        (await List(mm, RoundWorld.June.AddDays(9))).Select(r => r.Id).ShouldBe([_round]);
        (await List(mm, RoundWorld.June.AddMonths(1))).ShouldBeEmpty();
        (await List(mm, state: RoundState.Draft)).Single().ShouldSatisfyAllConditions(
            r => r.AccountCount.ShouldBe(2), r => r.UnitsAllocated.ShouldBe(1000), r => r.UnitsAvailable.ShouldBe(1000));
        (await List(mm, state: RoundState.Approved)).ShouldBeEmpty();
    }

    private Task<IReadOnlyList<RoundSummary>> List(Viewer viewer, DateOnly? month = null, RoundState? state = null) =>
        _world.RunAsync<RoundQueries, IReadOnlyList<RoundSummary>>(q => q.ListAsync(viewer, month, state));

    private Task<RoundFormChoices> Choices(Viewer viewer) => _world.RunAsync<RoundQueries, RoundFormChoices>(q => q.ChoicesAsync(viewer));
}
