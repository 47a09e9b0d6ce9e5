using GroupCrm.Core.Sales.Import;
using GroupCrm.Core.Tests.Infrastructure;
using static GroupCrm.Core.Sales.Import.SalesImportMessages;
using static GroupCrm.Core.Tests.Sales.Import.SalesFiles;
using static GroupCrm.Core.Tests.Sales.Import.SalesImportDemo;

namespace GroupCrm.Core.Tests.Sales.Import;

/// <summary>Every row of a file is checked before anything is written; one bad row and nothing is.</summary>
public sealed class SalesImportValidationTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Every_kind_of_bad_row_is_listed_with_its_row_and_column_and_nothing_is_written()
    {
        await using var db = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(db, 0, 1))[0].Licence;
        var p = (await ActiveProductsAsync(db, 12)).Select(x => x.Code).ToArray();
        var inactive = await InactiveProductCodeAsync(db);
        var month = Text(MonthsAgo(1));
        var future = Text(CurrentMonth.AddMonths(1));
        var before = await FingerprintAsync(db);

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "bad.csv", Lines(
            Header,
            $"{month},{store},{p[0]},10,100.00",      // 2: good
            $"{month},999999999999,{p[1]},1,1",       // 3: unknown store
            $"{month},{store},NOPE,1,1",              // 4: unknown product
            $"{month},{store},{inactive},1,1",        // 5: inactive product
            $"2025/03,{store},{p[2]},1,1",            // 6: bad month
            $"{future},{store},{p[3]},1,1",           // 7: month in the future
            $"1999-12,{store},{p[4]},1,1",            // 8: month too early
            $"{month},{store},{p[5]},-1,1",           // 9: negative quantity
            $"{month},{store},{p[6]},1.5,1",          // 10: quantity not whole
            $"{month},{store},{p[7]},1,-0.01",        // 11: negative amount
            $"{month},{store},{p[8]},1,1.005",        // 12: too many decimals
            $"{month},{store},{p[9]},1,abc",          // 13: amount not a number
            $"{month},{store.ToLowerInvariant()},{p[0].ToLowerInvariant()},1,1", // 14: duplicate of row 2 (case does not matter)
            $"{month},,,1,1",                         // 15: store and product missing
            $"{month},{store},{p[10]},1",             // 16: a field short
            $"{month},{store},{p[11]},2,20.5"));      // 17: good

        result.Applied.ShouldBeFalse();
        result.Errors.Listed.Select(e => (e.Row, e.Column, e.Message)).ShouldBe(
        [
            (3, "store", UnknownStore), (4, "product", UnknownProduct), (5, "product", InactiveProduct),
            (6, "month", MonthFormat), (7, "month", MonthInFuture), (8, "month", MonthTooEarly),
            (9, "quantity", QuantityNegative), (10, "quantity", QuantityNotWhole), (11, "amount", AmountNegative),
            (12, "amount", AmountDecimals), (13, "amount", AmountNotNumber), (14, "", Duplicate),
            (15, "store", StoreMissing), (15, "product", ProductMissing), (16, "", FieldCount),
        ]);
        result.Errors.Count.ShouldBe(15);
        result.Errors.Listed[0].Arguments.ShouldBe(["999999999999"]);
        result.Errors.Listed[2].Arguments.ShouldBe([inactive]);
        result.Errors.Listed[4].Arguments.ShouldBe([future, Text(CurrentMonth)]);
        result.Errors.Listed[11].Arguments.ShouldBe([month, store.ToLowerInvariant(), p[0]]);
        result.Errors.Listed[14].Arguments.ShouldBe([4, 5]);
        (await FingerprintAsync(db)).ShouldBe(before);
    }

    [Fact]
    public async Task The_current_month_may_be_loaded_but_not_the_next()
    {
        await using var db = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(db, 1, 1))[0].Licence;
        var product = (await ActiveProductsAsync(db, 1))[0].Code;
        var before = await FingerprintAsync(db);

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "next.csv",
            Lines(Header, $"{Text(CurrentMonth)},{store},{product},1,1", $"{Text(CurrentMonth.AddMonths(1))},{store},{product},1,1"));

        result.Errors.Listed.Select(e => (e.Row, e.Message)).ShouldBe([(3, MonthInFuture)]);
        (await FingerprintAsync(db)).ShouldBe(before);
    }

    [Fact]
    public async Task Only_the_first_200_errors_are_listed_but_all_are_counted()
    {
        await using var db = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(db, 0, 1))[0].Licence;
        var product = (await ActiveProductsAsync(db, 1))[0].Code;
        var rows = Enumerable.Range(0, 1_000).Select(i => $"{Text(MonthsAgo(1))},{store},{product},{-i - 1},1");

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "many.csv", Lines([Header, .. rows]));

        result.Errors.Listed.Count.ShouldBe(SalesImportErrors.MaxListed);
        result.Errors.Listed[^1].Row.ShouldBe(102); // row 2 has one error, rows 3 to 101 two each
        // Every row is negative; from the second on, each is also a duplicate of the first.
        result.Errors.Count.ShouldBe(1_000 + 999);
    }

    [Theory]
    [InlineData("month,store,product,quantity", MissingColumns, "amount")]
    [InlineData("Month, Store ,PRODUCT,quantity,amount,price", UnknownColumns, "price")]
    [InlineData("month,store,product,quantity,amount,Amount", RepeatedColumns, "amount")]
    [InlineData("store_licence,product_code,month,qty,amount,store,", UnknownColumns, "\"\"")]
    public async Task Wrong_or_missing_columns_are_one_file_level_error_before_any_row_is_read(string header, string message, string columns)
    {
        await using var db = fixture.CreateContext();

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "cols.csv", Lines(header, "nonsense,that,is,never,read,at,all"));

        result.Errors.Listed.Select(e => (e.Row, e.Message, e.Arguments[0])).First().ShouldBe((0, message, (object)columns));
        result.Errors.Listed.ShouldAllBe(e => e.IsFileLevel);
    }

    [Fact]
    public async Task A_header_of_other_names_lists_the_missing_and_the_unknown_columns_and_the_expected_ones()
    {
        await using var db = fixture.CreateContext();

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "cols.csv", Lines("date,shop,sku,qty,value", "2025-01,a,b,1,2"));

        result.Errors.Listed.Select(e => (e.Row, e.Message)).ShouldBe([(0, MissingColumns), (0, UnknownColumns)]);
        result.Errors.Listed[0].Arguments.ShouldBe(["month, store, product, amount", "month, store, product, quantity, amount"]);
        result.Errors.Listed[1].Arguments[0].ShouldBe("date, shop, sku, value");
    }

    public static TheoryData<string, byte[], string> HostileFiles => new()
    {
        { "a workbook saved as .csv", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00], Workbook },
        { "an old .xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], Workbook },
        { "a PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], Binary },
        { "UTF-16 text", [0xFF, 0xFE, (byte)'m', 0, (byte)'o', 0], NotUtf8 },
        { "GBK text", [.. "month,store,product,quantity,amount\r\n2025-01,"u8, 0xD6, 0xD0, (byte)',', (byte)'P'], NotUtf8 },
        { "a NUL deep in the file", [.. "month,store,product,quantity,amount\r\n"u8, .. new byte[5000].Select(_ => (byte)'x'), 0, (byte)'\n'], Binary },
        { "an empty file", [], Empty },
        { "only a BOM", [0xEF, 0xBB, 0xBF], Empty },
        { "a header and blank lines", [.. "month,store,product,quantity,amount\r\n,,,,\r\n\r\n"u8], NoRows },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_file_that_is_not_UTF8_CSV_is_refused_with_a_clear_message_and_nothing_is_written(string what, byte[] content, string message)
    {
        await using var db = fixture.CreateContext();
        var before = await FingerprintAsync(db);

        var result = await Importer(db).ImportAsync(await AdminAsync(db), what, new MemoryStream(content));

        result.Errors.Listed.Where(e => e.IsFileLevel).Select(e => e.Message).ShouldBe([message]);
        (await FingerprintAsync(db)).ShouldBe(before);
    }

    [Fact]
    public async Task An_unclosed_quote_stops_at_the_row_length_limit_with_a_clear_message()
    {
        await using var db = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(db, 0, 1))[0].Licence;
        var product = (await ActiveProductsAsync(db, 1))[0].Code;
        var good = Enumerable.Range(0, 500).Select(_ => $"{Text(MonthsAgo(1))},{store},{product},1,1");

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "quote.csv",
            Lines([Header, $"{Text(MonthsAgo(2))},{store},\"{product},1,1", .. good]));

        result.Errors.Listed.Select(e => (e.Row, e.Message)).ShouldBe([(0, RowTooLong)]);
        result.Errors.Listed[0].Arguments.ShouldBe([2, SalesImportSettings.MaxRowCharacters]);
    }

    [Fact]
    public async Task A_stray_quote_is_an_error_of_its_row_and_the_rows_after_it_are_still_read()
    {
        await using var db = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(db, 0, 1))[0].Licence;
        var product = (await ActiveProductsAsync(db, 1))[0].Code;

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "quote.csv", Lines(Header,
            $"{Text(MonthsAgo(1))},{store},{product}\"x,1,1", $"{Text(MonthsAgo(1))},\"{store}\"x,{product},1,1", $"{Text(MonthsAgo(2))},{store},NOPE,1,1"));

        result.Errors.Listed.Select(e => (e.Row, e.Message)).ShouldBe([(2, StrayQuote), (3, StrayQuote), (4, UnknownProduct)]);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_by_its_length_before_it_is_read()
    {
        await using var db = fixture.CreateContext();
        var unreadable = new UnreadableStream(length: 2L * 1024 * 1024 * 1024);

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "huge.csv", unreadable);

        result.Errors.Listed.Select(e => (e.Message, e.Arguments[0])).ShouldBe([(TooLarge, (object)200)]);
        unreadable.Reads.ShouldBe(0);
    }

    [Fact]
    public async Task A_stream_that_does_not_tell_its_length_is_stopped_at_the_limit()
    {
        await using var db = fixture.CreateContext();
        var content = new NonSeekableStream(Lines([Header, .. Enumerable.Repeat("2025-01,330100000000,P0001,1,1", 40_000)]));

        var result = await Importer(db, maxMegabytes: 1).ImportAsync(await AdminAsync(db), "long.csv", content);

        result.Errors.Listed.Select(e => e.Message).ShouldBe([TooLarge]);
    }

    [Theory]
    [InlineData("mm.east")]
    [InlineData("am.east1")]
    public async Task Managers_may_not_import(string userName)
    {
        await using var db = fixture.CreateContext();
        var before = await FingerprintAsync(db);

        var result = await Importer(db).ImportAsync(await Onboarding.Records.RecordsDemo.ViewerAsync(db, userName), "x.csv", Lines(Header));

        result.Forbidden.ShouldBeTrue();
        (await FingerprintAsync(db)).ShouldBe(before);
    }
}
