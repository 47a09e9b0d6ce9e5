using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Allocation.Rounds;

/// <summary>Bad input gets a clear message on its field, and nothing is written.</summary>
public sealed class BadRoundInputTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private RoundWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await RoundWorld.CreateAsync(fixture);
        await _world.SellingAccountAsync("甲连锁", 10);
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    public static TheoryData<string, string, string> Cases => new()
    {
        { "zero quantity", nameof(RoundInput.AvailableUnits), RoundMessages.AvailableNotPositive },
        { "negative quantity", nameof(RoundInput.AvailableUnits), RoundMessages.AvailableNotPositive },
        { "absurd quantity", nameof(RoundInput.AvailableUnits), RoundMessages.AvailableTooLarge },
        { "pack size 0", nameof(RoundInput.PackSize), RoundMessages.PackSizeNotPositive },
        { "negative pack size", nameof(RoundInput.PackSize), RoundMessages.PackSizeNotPositive },
        { "negative reserve", nameof(RoundInput.ReserveUnits), RoundMessages.ReserveNegative },
        { "reserve of everything", nameof(RoundInput.ReserveUnits), RoundMessages.ReserveNotBelowAvailable },
        { "less than a pack after the reserve", nameof(RoundInput.ReserveUnits), RoundMessages.NoWholePack },
        { "pack larger than the quantity", nameof(RoundInput.ReserveUnits), RoundMessages.NoWholePack },
        { "no basis months", nameof(RoundInput.BasisMonths), RoundMessages.BasisMonthsOutOfRange },
        { "25 basis months", nameof(RoundInput.BasisMonths), RoundMessages.BasisMonthsOutOfRange },
        { "unknown basis", nameof(RoundInput.Basis), RoundMessages.UnknownBasis },
        { "negative minimum", nameof(RoundInput.MinimumPacks), RoundMessages.MinimumNegative },
        { "negative maximum", nameof(RoundInput.MaximumPacks), RoundMessages.MaximumNegative },
        { "maximum below minimum", nameof(RoundInput.MaximumPacks), RoundMessages.MaximumBelowMinimum },
        { "common product", nameof(RoundInput.ProductId), RoundMessages.ProductNotScarce },
        { "withdrawn product", nameof(RoundInput.ProductId), RoundMessages.ProductInactive },
        { "no such product", nameof(RoundInput.ProductId), RoundMessages.NoSuchProduct },
        { "last month", nameof(RoundInput.Month), RoundMessages.MonthClosed },
        { "last year", nameof(RoundInput.Month), RoundMessages.MonthClosed },
        { "13 months ahead", nameof(RoundInput.Month), RoundMessages.MonthTooFar },
        { "no such district", nameof(RoundInput.DistrictId), RoundMessages.NoSuchDistrict },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_on_its_field_and_nothing_is_written(string bad, string field, string message)
    {
        var before = await _world.CountsAsync();

        var result = await _world.Rounds(r => r.CreateAsync(Admin(bad) ? _world.People.Administrator : _world.People.MarketManager, Broken(bad)));

        result.Succeeded.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Field == field && e.Message == message, $"{bad}: {string.Join(" | ", result.Errors)}");
        (await _world.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_messages_name_the_product_and_the_month()
    {
        var product = await _world.Rounds(r => r.CreateAsync(_world.People.MarketManager, Broken("common product")));
        var month = await _world.Rounds(r => r.CreateAsync(_world.People.MarketManager, Broken("last month")));

        Text(product.Errors.Single()).ShouldBe($"C{_world.People.Tag} 中华(软)C is not a scarce product.");
        Text(month.Errors.Single()).ShouldBe("2026-05 is closed: a round is for the current month or a later one.");
    }

    [Fact]
    public async Task A_district_without_an_active_account_is_refused()
    {
        var away = _world.People.Away.Id;
        await _world.AccountAsync("入网中连锁", AccountState.PendingApproval, _world.People.AwayManager);

        var result = await _world.Rounds(r => r.CreateAsync(_world.People.Administrator, _world.Input() with { DistrictId = away }));

        result.Errors.ShouldBe([new RecordError(nameof(RoundInput.DistrictId), RoundMessages.NoEligibleAccounts)]);
        (await _world.CountsAsync()).Rounds.ShouldBe(0);
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once()
    {
        var result = await _world.Rounds(r => r.CreateAsync(_world.People.MarketManager,
            _world.Input(available: 0, packSize: 0, reserve: -1) with { ProductId = _world.Common, BasisMonths = 0 }));

        result.Errors.Select(e => e.Field).ShouldBe(
            [nameof(RoundInput.AvailableUnits), nameof(RoundInput.PackSize), nameof(RoundInput.ReserveUnits), nameof(RoundInput.BasisMonths), nameof(RoundInput.ProductId)],
            ignoreOrder: true);
    }

    private static bool Admin(string bad) => bad == "no such district";

    private RoundInput Broken(string bad) => bad switch
    {
        "zero quantity" => _world.Input(available: 0),
        "negative quantity" => _world.Input(available: -100),
        "absurd quantity" => _world.Input(available: long.MaxValue),
        "pack size 0" => _world.Input(packSize: 0),
        "negative pack size" => _world.Input(packSize: -10),
        "negative reserve" => _world.Input(reserve: -1),
        "reserve of everything" => _world.Input(reserve: 1000),
        "less than a pack after the reserve" => _world.Input(reserve: 995),
        "pack larger than the quantity" => _world.Input(available: 5),
        "no basis months" => _world.Input() with { BasisMonths = 0 },
        "25 basis months" => _world.Input() with { BasisMonths = 25 },
        "unknown basis" => _world.Input((RoundBasis)42),
        "negative minimum" => _world.Input(minimum: -1),
        "negative maximum" => _world.Input(maximum: -1),
        "maximum below minimum" => _world.Input(minimum: 5, maximum: 4),
        "common product" => _world.Input() with { ProductId = _world.Common },
        "withdrawn product" => _world.Input() with { ProductId = _world.Withdrawn },
        "no such product" => _world.Input() with { ProductId = int.MaxValue },
        "last month" => _world.Input() with { Month = RoundWorld.June.AddMonths(-1) },
        "last year" => _world.Input() with { Month = RoundWorld.June.AddYears(-1) },
        "13 months ahead" => _world.Input() with { Month = RoundWorld.June.AddMonths(13) },
        "no such district" => _world.Input() with { DistrictId = int.MaxValue },
        _ => throw new ArgumentOutOfRangeException(nameof(bad), bad, null),
    };

    private static string Text(RecordError error) => string.Format(System.Globalization.CultureInfo.InvariantCulture, error.Message, error.Arguments);
}
