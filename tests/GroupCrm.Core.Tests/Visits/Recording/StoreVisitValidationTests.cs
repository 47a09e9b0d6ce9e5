using GroupCrm.Core.Onboarding.Documents;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Visits.Recording;

namespace GroupCrm.Core.Tests.Visits.Recording;

/// <summary>Every bad store visit is refused with a message on its field, and nothing at all is written.</summary>
public sealed class StoreVisitValidationTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
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

    private async Task<RecordError> RefusedAsync(VisitInput input, byte[]? photo = null)
    {
        var before = await _world.CountsAsync();
        var result = await _world.RecordAsync(_world.Manager, input, photo);
        (await _world.CountsAsync()).ShouldBe(before);
        result.Succeeded.ShouldBeFalse();
        return result.Errors.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_visit_in_the_future_is_refused_but_a_phone_clock_a_little_ahead_is_not()
    {
        var error = await RefusedAsync(_world.StoreVisit(_account, _store) with { Time = new TimeOnly(12, 10) });
        (error.Field, error.Message).ShouldBe(("Date", "The visit cannot be in the future."));
        (await RefusedAsync(_world.StoreVisit(_account, _store) with { Date = VisitWorld.Today.AddDays(1), Time = new TimeOnly(8, 0) }))
            .Message.ShouldBe("The visit cannot be in the future.");

        (await _world.RecordAsync(_world.Manager, _world.StoreVisit(_account, _store) with { Time = new TimeOnly(12, 4) })).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_visit_before_the_account_existed_or_before_2000_is_refused()
    {
        var error = await RefusedAsync(_world.StoreVisit(_account, _store) with { Date = VisitWorld.Today.AddDays(-31) });
        (error.Field, error.Message).ShouldBe(("Date", "The visit date cannot be before the account existed ({0})."));
        error.Arguments.ShouldBe(["2026-05-16"]);
        (await RefusedAsync(_world.StoreVisit(_account, _store) with { Date = new DateOnly(1999, 12, 31) })).Message
            .ShouldBe("The visit date cannot be before 2000.");
        (await RefusedAsync(_world.StoreVisit(_account, _store) with { Date = null })).Message.ShouldBe("Enter the date of the visit.");
    }

    [Theory]
    [InlineData(-1, null, null, "StockOnHand", "The stock on hand must be a whole number from 0 to 1,000,000.")]
    [InlineData(1_000_001, null, null, "StockOnHand", "The stock on hand must be a whole number from 0 to 1,000,000.")]
    [InlineData(null, "-0.01", null, "ShelfPrice", "The shelf price must be between 0 and 1,000,000.")]
    [InlineData(null, "1000000.01", null, "ShelfPrice", "The shelf price must be between 0 and 1,000,000.")]
    [InlineData(null, "12.345", null, "ShelfPrice", "The shelf price can have at most two decimals.")]
    [InlineData(null, null, -5, "SellThrough", "The sell-through must be a whole number from 0 to 1,000,000.")]
    public async Task Negative_or_huge_numbers_are_refused_on_their_line(int? stock, string? price, int? sellThrough, string field, string message)
    {
        var line = new ProductCheckInput(_world.Products[0], true, sellThrough, price is null ? null : decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), stock);
        var error = await RefusedAsync(_world.StoreVisit(_account, _store, _world.Line(1), line));
        (error.Field, error.Message).ShouldBe(($"Products[1].{field}", message));
    }

    [Fact]
    public async Task A_store_of_another_account_is_refused_with_the_brief_message()
    {
        var otherAccount = await _world.AccountAsync();
        var foreign = await _world.StoreAsync(otherAccount);

        var error = await RefusedAsync(_world.StoreVisit(_account, foreign));

        (error.Field, error.Message).ShouldBe(("StoreId", "This store does not belong to the chosen account."));
        (await RefusedAsync(_world.StoreVisit(_account, int.MaxValue))).Message.ShouldBe("This store does not belong to the chosen account.");
        (await RefusedAsync(_world.StoreVisit(_account, 0) with { StoreId = null })).Message.ShouldBe("Choose the store.");
    }

    [Fact]
    public async Task An_inactive_store_is_refused()
    {
        var closed = await _world.StoreAsync(_account, active: false);

        (await RefusedAsync(_world.StoreVisit(_account, closed))).Message
            .ShouldBe("This store is inactive; visits are recorded only for active stores.");
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("html")]
    [InlineData("gif")]
    [InlineData("empty")]
    public async Task A_photo_that_is_not_a_jpeg_or_png_is_refused(string kind)
    {
        byte[] content = kind switch
        {
            "pdf" => SampleFiles.Pdf(),
            "html" => "<html><script>alert(1)</script></html>"u8.ToArray(),
            "gif" => "GIF89a\u0001\u0000"u8.ToArray(),
            _ => [],
        };

        var error = await RefusedAsync(_world.StoreVisit(_account, _store), content);

        error.Field.ShouldBe("Photo");
        error.Message.ShouldBe(kind == "empty" ? PhotoCheck.EmptyMessage : PhotoCheck.WrongKindMessage);
    }

    [Fact]
    public async Task A_photo_over_5_MB_is_refused_and_one_of_exactly_5_MB_is_accepted()
    {
        var png = SampleFiles.Png();
        byte[] OfSize(int size) { var bytes = new byte[size]; png.CopyTo(bytes, 0); return bytes; }

        (await RefusedAsync(_world.StoreVisit(_account, _store), OfSize(PhotoCheck.MaxBytes + 1))).Message.ShouldBe("The photo is larger than 5 MB.");
        (await _world.RecordAsync(_world.Manager, _world.StoreVisit(_account, _store), OfSize(PhotoCheck.MaxBytes))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Products_must_exist_once_each_and_say_whether_they_are_listed()
    {
        (await RefusedAsync(_world.StoreVisit(_account, _store, _world.Line(0), _world.Line(0)))).ShouldBe(
            new RecordError("Products[1].ProductId", "This product is already on another line."), RecordErrorComparer.Instance);
        (await RefusedAsync(_world.StoreVisit(_account, _store, new ProductCheckInput(int.MaxValue, true, null, null, null))))
            .Message.ShouldBe("There is no such product.");
        (await RefusedAsync(_world.StoreVisit(_account, _store, new ProductCheckInput(_world.Products[0], null, null, null, null))))
            .Field.ShouldBe("Products[0].Listed");
        (await RefusedAsync(_world.StoreVisit(_account, _store, new ProductCheckInput(null, true, 1, null, null))))
            .Message.ShouldBe("Choose the product of this line.");
    }

    [Fact]
    public async Task A_handed_over_notice_needs_the_name_of_who_acknowledged_it()
    {
        var input = _world.StoreVisit(_account, _store) with { NoticeHandedOver = true, NoticeAcknowledgedBy = "  " };
        (await RefusedAsync(input)).Message.ShouldBe("Enter the name of the store contact who acknowledged the notice.");
        (await RefusedAsync(input with { NoticeAcknowledgedBy = new string('王', 101) })).Message
            .ShouldBe("The acknowledging contact's name can be at most 100 characters.");
        (await RefusedAsync(input with { NoticeHandedOver = false, NoticeAcknowledgedBy = "王店长" })).Field.ShouldBe("NoticeAcknowledgedBy");
    }

    [Fact]
    public async Task Texts_over_2000_characters_and_hq_fields_on_a_store_visit_are_refused()
    {
        (await RefusedAsync(_world.StoreVisit(_account, _store) with { Problems = new string('x', 2001) })).Field.ShouldBe("Problems");
        (await RefusedAsync(_world.StoreVisit(_account, _store) with { Topics = "新品" })).Message
            .ShouldBe("A store visit has no appointment, topics or follow-ups.");
    }

    [Fact]
    public async Task Only_people_who_visit_the_account_may_record_and_only_while_it_is_in_business()
    {
        var input = _world.StoreVisit(_account, _store);
        var before = await _world.CountsAsync();

        (await _world.RecordAsync(_world.OtherManager, input)).NotFound.ShouldBeTrue();
        (await _world.RecordAsync(_world.AwayMarketManager, input)).NotFound.ShouldBeTrue();
        (await _world.RecordAsync(_world.Approver, input)).Forbidden.ShouldBeTrue();
        var closed = await _world.AccountAsync(GroupCrm.Core.Onboarding.AccountState.Closed);
        (await _world.RecordAsync(_world.Manager, _world.StoreVisit(closed, await _world.StoreAsync(closed)))).Errors
            .ShouldHaveSingleItem().Message.ShouldBe("Visits are recorded only for active (or suspended) accounts.");

        (await _world.CountsAsync()).ShouldBe(before);
    }
}

/// <summary>RecordError holds an array, so records compare it by reference; this compares the values.</summary>
internal sealed class RecordErrorComparer : IEqualityComparer<RecordError>
{
    public static readonly RecordErrorComparer Instance = new();

    public bool Equals(RecordError? x, RecordError? y) =>
        x is not null && y is not null && x.Field == y.Field && x.Message == y.Message && x.Arguments.SequenceEqual(y.Arguments);

    public int GetHashCode(RecordError obj) => HashCode.Combine(obj.Field, obj.Message);
}
