using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits;
using GroupCrm.Core.Visits.Recording;
using GroupCrm.Core.Visits.SpotChecks;

namespace GroupCrm.Core.Tests.Visits.SpotChecks;

/// <summary>A market manager's store visit marked as a spot check is compared with the account manager's latest visit of the store.</summary>
public sealed class SpotCheckRecordingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private VisitWorld _world = null!;
    private int _account, _store;

    public async Task InitializeAsync()
    {
        _world = await VisitWorld.CreateAsync(fixture);
        _account = await _world.AccountAsync();
        _store = await _world.StoreAsync(_account);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private Task<int> ManagerVisitAsync(TimeOnly time, params ProductCheckInput[] lines) => IdOf(_world.RecordAsync(_world.Manager,
        _world.StoreVisit(_account, _store, lines) with { Time = time }));

    private static async Task<int> IdOf(Task<GroupCrm.Core.Onboarding.Records.RecordResult> recording)
    {
        var result = await recording;
        result.Errors.ShouldBeEmpty();
        return result.Id;
    }

    [Fact]
    public async Task Without_an_earlier_visit_of_the_account_manager_the_spot_check_is_refused_and_nothing_written()
    {
        var before = await _world.CountsAsync();

        var result = await _world.RecordAsync(_world.MarketManager, _world.StoreVisit(_account, _store) with { SpotCheck = true });

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Field, error.Message).ShouldBe(("SpotCheck", SpotCheckBasis.NothingToCompareMessage));
        error.Arguments.Single().ShouldBeOfType<string>().ShouldStartWith("am ");
        (await _world.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Only_a_market_managers_or_administrators_store_visit_can_be_a_spot_check()
    {
        await ManagerVisitAsync(new TimeOnly(9, 0), _world.Line(0));
        var before = await _world.CountsAsync();

        (await _world.RecordAsync(_world.Manager, _world.StoreVisit(_account, _store) with { SpotCheck = true }))
            .Errors.ShouldHaveSingleItem().Message.ShouldBe(SpotCheckBasis.NotAllowedMessage);
        var appointment = await _world.AppointmentAsync(_account);
        (await _world.RecordAsync(_world.MarketManager, _world.HqVisit(_account, appointment) with { SpotCheck = true }))
            .Errors.ShouldHaveSingleItem().Message.ShouldBe(SpotCheckBasis.NotAllowedMessage);
        (await _world.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_spot_check_is_scored_against_the_latest_visit_and_both_visits_show_it()
    {
        await ManagerVisitAsync(new TimeOnly(8, 0), _world.Line(0, price: 1m), _world.Line(1));
        var latest = await ManagerVisitAsync(new TimeOnly(10, 0), _world.Line(0, price: 45.5m, stock: 30), _world.Line(1, listed: true, price: null), _world.Line(2));
        var input = _world.StoreVisit(_account, _store, _world.Line(0, price: 45.5m, stock: 28), _world.Line(1, listed: false), _world.Line(3)) with { SpotCheck = true };

        var result = await _world.RecordAsync(_world.MarketManager, input);

        result.Succeeded.ShouldBeTrue();
        var visit = await _world.VisitAsync(result.Id);
        (visit.SpotCheckOfUserId, visit.ComparedVisitId).ShouldBe((_world.Manager.UserId, latest));
        // Product 0: listed, price, stock compared (stock differs); product 1: listing differs, price not compared, stock compared.
        (visit.SpotCheckFieldsCompared, visit.SpotCheckFieldsMatched).ShouldBe((5, 3));

        var details = (await _world.RunAsync<VisitDetailsQuery, VisitDetails?>(q => q.FindAsync(_world.Manager, result.Id)))!;
        var spot = details.SpotCheck.ShouldNotBeNull();
        (spot.ComparedVisitId, spot.ComparedVisitedOn, spot.Score).ShouldBe((latest, VisitWorld.Today, new SpotCheckScore(5, 3)));
        spot.CheckedUserName.ShouldStartWith("am ");
        spot.Products.Select(p => (p.Product.Id, p.Comparison.Listed.Outcome, p.Comparison.ShelfPrice.Outcome, p.Comparison.StockOnHand.Outcome)).ShouldBe(
        [
            (_world.Products[0], FieldOutcome.Matches, FieldOutcome.Matches, FieldOutcome.Differs),
            (_world.Products[1], FieldOutcome.Differs, FieldOutcome.NotCompared, FieldOutcome.Matches),
            (_world.Products[2], FieldOutcome.NotCompared, FieldOutcome.NotCompared, FieldOutcome.NotCompared),
            (_world.Products[3], FieldOutcome.NotCompared, FieldOutcome.NotCompared, FieldOutcome.NotCompared),
        ]);
        spot.Products[0].Comparison.StockOnHand.ShouldBe(new FieldComparison<int>(30, 28, FieldOutcome.Differs));

        var checkedVisit = (await _world.RunAsync<VisitDetailsQuery, VisitDetails?>(q => q.FindAsync(_world.Manager, latest)))!;
        checkedVisit.CheckedBy.ShouldHaveSingleItem().ShouldBe(new SpotCheckLink(result.Id, VisitWorld.Today, details.VisitorName, new SpotCheckScore(5, 3)));
    }

    [Fact]
    public async Task A_spot_check_needs_product_lines_to_compare()
    {
        await ManagerVisitAsync(new TimeOnly(9, 0), _world.Line(0));

        var result = await _world.RecordAsync(_world.MarketManager, _world.StoreVisit(_account, _store) with { SpotCheck = true, Products = [] });

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("A spot check compares product checks: check at least one product.");
    }
}
