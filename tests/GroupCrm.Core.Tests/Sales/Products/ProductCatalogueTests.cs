using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Sales.Products;

/// <summary>Creating and editing products: the rules, the unique code, and saves over someone else's change.</summary>
public sealed class ProductCatalogueTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private readonly ProductWorld _world = new(fixture);

    [Fact]
    public async Task A_product_is_created_trimmed_with_an_upper_case_code_a_launch_month_and_script_stored_as_typed()
    {
        var code = ProductWorld.NewCode().ToLowerInvariant();
        var input = new NewProduct($"  {code} ", 123.45m, false,
            new ProductFields(" 青峰 Qingfeng ", " <script>alert('x')</script>烟 ", "Qingfeng <b>Gold</b>", " A ", " 条 ", true, new DateOnly(2026, 2, 17)));
        await using var db = _world.Db();

        var result = await ProductWorld.Catalogue(db).CreateAsync(await _world.ViewerAsync("mm.west"), input);

        result.Succeeded.ShouldBeTrue();
        await using var check = _world.Db();
        var product = await check.Products.SingleAsync(p => p.Id == result.Id);
        (product.Code, product.Brand, product.Name, product.NameEn, product.PriceBand, product.Unit)
            .ShouldBe((code.ToUpperInvariant(), "青峰 Qingfeng", "<script>alert('x')</script>烟", "Qingfeng <b>Gold</b>", "A", "条"));
        (product.ListPrice, product.IsScarce, product.IsActive, product.LaunchedOn).ShouldBe((123.45m, true, false, new DateOnly(2026, 2, 1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("P 01")]
    [InlineData("P_01")]
    [InlineData("P.01")]
    [InlineData("<script>")]
    [InlineData("Ｐ０１")]
    [InlineData("ABCDEFGHIJ-ABCDEFGHIJ-ABCDEFGHI")] // 31 characters
    public async Task Bad_codes_are_refused(string code)
    {
        await using var db = _world.Db();
        var result = await ProductWorld.Catalogue(db).CreateAsync(await _world.ViewerAsync("admin"), ProductWorld.Input(code));
        ProductWorld.ShouldBeRefused(result, "Code");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("12.345")]
    [InlineData("0.001")]
    [InlineData("100000.01")]
    public async Task Missing_zero_negative_over_precise_and_too_high_prices_are_refused(string? price)
    {
        await using var db = _world.Db();
        var input = ProductWorld.Input(price: price is null ? null : decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture));
        var result = await ProductWorld.Catalogue(db).CreateAsync(await _world.ViewerAsync("admin"), input);
        ProductWorld.ShouldBeRefused(result, "ListPrice");
    }

    [Theory]
    [InlineData("0.01")]
    [InlineData("12.3")]
    [InlineData("100000")]
    public async Task Prices_at_the_limits_are_accepted(string price)
    {
        await using var db = _world.Db();
        var input = ProductWorld.Input(price: decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture));
        (await ProductWorld.Catalogue(db).CreateAsync(await _world.ViewerAsync("admin"), input)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Missing_and_over_long_text_and_a_launch_month_out_of_range_are_refused_and_nothing_is_written()
    {
        await using var db = _world.Db();
        var before = await db.Products.CountAsync();
        var longText = new ProductFields(new string('牌', 61), new string('名', 121), new string('n', 121), new string('A', 21), new string('条', 21), false, new DateOnly(1999, 12, 1));
        var missing = new ProductFields(" ", "", null, "", " ", false, ProductWorld.Today.AddYears(1).AddMonths(1));
        var catalogue = ProductWorld.Catalogue(db);
        var admin = await _world.ViewerAsync("admin");

        var tooLong = await catalogue.CreateAsync(admin, ProductWorld.Input() with { Fields = longText });
        var empty = await catalogue.CreateAsync(admin, ProductWorld.Input() with { Fields = missing });

        string[] fields = ["Brand", "Name", "NameEn", "PriceBand", "Unit", "LaunchedOn"];
        ProductWorld.ShouldBeRefused(tooLong, fields);
        ProductWorld.ShouldBeRefused(empty, fields);
        tooLong.Errors[1].Message.ShouldBe("The Chinese name can be at most 120 characters.");
        empty.Errors[1].Message.ShouldBe("Enter the Chinese name.");
        await using var check = _world.Db();
        (await check.Products.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Text_at_its_limits_is_accepted()
    {
        await using var db = _world.Db();
        var fields = new ProductFields(new string('牌', 60), new string('名', 120), new string('n', 120), new string('A', 20), new string('条', 20), false, ProductWorld.Today.AddYears(1));
        var result = await ProductWorld.Catalogue(db).CreateAsync(await _world.ViewerAsync("admin"), ProductWorld.Input(code: "AB") with { Fields = fields });
        result.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task A_code_already_in_use_is_refused_whatever_its_case()
    {
        await using var db = _world.Db();
        var before = await db.Products.CountAsync();

        var result = await ProductWorld.Catalogue(db).CreateAsync(await _world.ViewerAsync("admin"), ProductWorld.Input(" p0001 "));

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Field, error.Message, error.Arguments.Single()).ShouldBe(("Code", "The product code {0} is already in use.", (object)"P0001"));
        await using var check = _world.Db();
        (await check.Products.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_edit_saves_the_fields_but_never_the_code_or_the_price()
    {
        var id = await _world.ProductAsync(price: 50m);
        await using var db = _world.Db();
        var before = await db.Products.AsNoTracking().SingleAsync(p => p.Id == id);
        var fields = new ProductFields("锦江 Jinjiang", "锦江(新)", "Jinjiang (New)", "C", "盒", true, new DateOnly(2025, 11, 30));

        var result = await ProductWorld.Catalogue(db).UpdateAsync(await _world.ViewerAsync("mm.north"), id, fields, before.Version);

        result.Succeeded.ShouldBeTrue();
        await using var check = _world.Db();
        var after = await check.Products.SingleAsync(p => p.Id == id);
        (after.Code, after.ListPrice).ShouldBe((before.Code, 50m));
        (after.Brand, after.Name, after.NameEn, after.PriceBand, after.Unit, after.IsScarce, after.LaunchedOn)
            .ShouldBe(("锦江 Jinjiang", "锦江(新)", "Jinjiang (New)", "C", "盒", true, (DateOnly?)new DateOnly(2025, 11, 1)));
    }

    [Fact]
    public async Task Bad_text_in_an_edit_is_refused_and_nothing_changes()
    {
        var id = await _world.ProductAsync();
        await using var db = _world.Db();
        var version = await db.Products.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
        var fields = new ProductFields("牌", new string('名', 121), "ok", "A", "条", true, null);

        var result = await ProductWorld.Catalogue(db).UpdateAsync(await _world.ViewerAsync("admin"), id, fields, version);

        ProductWorld.ShouldBeRefused(result, "Name");
        await using var check = _world.Db();
        (await check.Products.SingleAsync(p => p.Id == id)).Name.ShouldBe("测试烟(软)");
    }

    [Fact]
    public async Task A_save_over_someone_elses_change_is_refused_and_theirs_stays()
    {
        var id = await _world.ProductAsync();
        await using var first = _world.Db();
        await using var second = _world.Db();
        var version = await first.Products.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
        var admin = await _world.ViewerAsync("admin");
        var theirs = new ProductFields("甲", "甲的名字", "First", "A", "条", false, null);
        var mine = new ProductFields("乙", "乙的名字", "Second", "B", "条", true, null);

        (await ProductWorld.Catalogue(first).UpdateAsync(admin, id, theirs, version)).Succeeded.ShouldBeTrue();
        var stale = await ProductWorld.Catalogue(second).UpdateAsync(admin, id, mine, version);
        var staleActivity = await ProductWorld.Catalogue(second).SetActiveAsync(admin, id, false, version);

        stale.IsConflict.ShouldBeTrue();
        staleActivity.IsConflict.ShouldBeTrue();
        stale.Errors.Single().Message.ShouldBe(RecordResult.ConflictMessage);
        await using var check = _world.Db();
        var saved = await check.Products.SingleAsync(p => p.Id == id);
        (saved.Name, saved.IsActive).ShouldBe(("甲的名字", true));
    }

    [Fact]
    public async Task A_product_is_deactivated_and_reactivated()
    {
        var id = await _world.ProductAsync();
        var manager = await _world.ViewerAsync("mm.east");
        await using var db = _world.Db();
        var catalogue = ProductWorld.Catalogue(db);

        (await catalogue.SetActiveAsync(manager, id, false, await VersionAsync(id))).Succeeded.ShouldBeTrue();
        (await ActiveAsync(id)).ShouldBeFalse();
        db.ChangeTracker.Clear();
        (await catalogue.SetActiveAsync(manager, id, true, await VersionAsync(id))).Succeeded.ShouldBeTrue();
        (await ActiveAsync(id)).ShouldBeTrue();
        (await catalogue.SetActiveAsync(manager, -1, true, 0)).NotFound.ShouldBeTrue();
    }

    private async Task<uint> VersionAsync(int id)
    {
        await using var db = _world.Db();
        return await db.Products.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
    }

    private async Task<bool> ActiveAsync(int id)
    {
        await using var db = _world.Db();
        return await db.Products.Where(p => p.Id == id).Select(p => p.IsActive).SingleAsync();
    }
}
