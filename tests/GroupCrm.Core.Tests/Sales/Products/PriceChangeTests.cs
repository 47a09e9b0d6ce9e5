using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Sales.Products;

/// <summary>
/// Price changes on a clock standing at 2026-03-16: the history row, the list price now and later, the
/// rules on dates and prices, and two people re-pricing at once.
/// </summary>
public sealed class PriceChangeTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private readonly ProductWorld _world = new(fixture);

    [Theory]
    [InlineData(0)]   // today
    [InlineData(-40)] // back-dated
    public async Task A_change_dated_today_or_earlier_is_recorded_and_becomes_the_list_price(int days)
    {
        var id = await _world.ProductAsync(price: 100m);
        var manager = await _world.ViewerAsync("mm.east");
        await using var db = _world.Db();

        var result = await ProductWorld.Catalogue(db).ChangePriceAsync(manager, id, 112.50m, ProductWorld.Today.AddDays(days));

        result.Succeeded.ShouldBeTrue();
        await using var check = _world.Db();
        var change = await check.PriceChanges.SingleAsync(c => c.ProductId == id);
        (change.EffectiveOn, change.OldPrice, change.NewPrice, change.ChangedById).ShouldBe((ProductWorld.Today.AddDays(days), 100m, 112.50m, manager.UserId));
        (await check.Products.SingleAsync(p => p.Id == id)).ListPrice.ShouldBe(112.50m);
        (await ListPriceAsync(check, id, ProductWorld.Today)).ShouldBe(112.50m);
    }

    [Fact]
    public async Task A_future_change_counts_from_its_date_on_without_any_job()
    {
        var id = await _world.ProductAsync(price: 100m);
        var day = ProductWorld.Today.AddDays(20);
        await using var db = _world.Db();

        (await ProductWorld.Catalogue(db).ChangePriceAsync(await _world.ViewerAsync("admin"), id, 120m, day)).Succeeded.ShouldBeTrue();

        await using var check = _world.Db();
        (await check.Products.SingleAsync(p => p.Id == id)).ListPrice.ShouldBe(100m);
        (await ListPriceAsync(check, id, ProductWorld.Today)).ShouldBe(100m);
        (await ListPriceAsync(check, id, day.AddDays(-1))).ShouldBe(100m);
        (await ListPriceAsync(check, id, day)).ShouldBe(120m);
        var record = await ProductWorld.Catalogue(check, today: day).FindAsync(id);
        (record!.ListPrice, record.History.Single().InEffect).ShouldBe((120m, true));
        (await ProductWorld.Catalogue(check).FindAsync(id))!.CancellableChangeId.ShouldBe(record.History.Single().Id);
    }

    [Fact]
    public async Task Changes_form_one_chain_and_the_price_before_the_first_is_its_old_price()
    {
        var id = await _world.ProductAsync(price: 100m);
        var admin = await _world.ViewerAsync("admin");
        await using var db = _world.Db();
        var catalogue = ProductWorld.Catalogue(db);

        (await catalogue.ChangePriceAsync(admin, id, 90m, new DateOnly(2025, 6, 1))).Succeeded.ShouldBeTrue();
        (await catalogue.ChangePriceAsync(admin, id, 95m, ProductWorld.Today.AddMonths(2))).Succeeded.ShouldBeTrue();
        (await catalogue.ChangePriceAsync(admin, id, 99m, ProductWorld.Today.AddMonths(3))).Succeeded.ShouldBeTrue();

        await using var check = _world.Db();
        var chain = await check.PriceChanges.Where(c => c.ProductId == id).OrderBy(c => c.EffectiveOn)
            .Select(c => new { c.OldPrice, c.NewPrice }).ToListAsync();
        chain.Select(c => (c.OldPrice, c.NewPrice)).ShouldBe([(100m, 90m), (90m, 95m), (95m, 99m)]);
        (await ListPriceAsync(check, id, new DateOnly(2025, 5, 31))).ShouldBe(100m);
        (await ListPriceAsync(check, id, ProductWorld.Today)).ShouldBe(90m);
        (await ListPriceAsync(check, id, ProductWorld.Today.AddMonths(2))).ShouldBe(95m);
        (await check.Products.SingleAsync(p => p.Id == id)).ListPrice.ShouldBe(90m);
    }

    [Theory]
    [InlineData("1999-12-31", "100", "EffectiveOn")]
    [InlineData("2027-03-17", "100", "EffectiveOn")]   // a year and a day ahead
    [InlineData("2026-03-16", "10.005", "NewPrice")]
    [InlineData("2026-03-16", "-1", "NewPrice")]
    [InlineData("2026-03-16", "0", "NewPrice")]
    [InlineData("2026-03-16", "100000.5", "NewPrice")]
    [InlineData("2026-03-16", "80", "NewPrice")]       // the price it already has
    public async Task Bad_dates_and_prices_are_refused_and_nothing_is_written(string day, string price, string field)
    {
        var id = await _world.ProductAsync(price: 80m);
        await using var db = _world.Db();
        var version = await db.Products.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();

        var result = await ProductWorld.Catalogue(db).ChangePriceAsync(await _world.ViewerAsync("admin"), id,
            decimal.Parse(price, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), version);

        ProductWorld.ShouldBeRefused(result, field);
        await using var check = _world.Db();
        (await check.PriceChanges.CountAsync(c => c.ProductId == id)).ShouldBe(0);
        (await check.Products.SingleAsync(p => p.Id == id)).Version.ShouldBe(version);
    }

    [Fact]
    public async Task A_year_ahead_is_the_latest_date_and_a_change_must_come_after_the_newest()
    {
        var id = await _world.ProductAsync(price: 80m);
        var admin = await _world.ViewerAsync("admin");
        await using var db = _world.Db();
        var catalogue = ProductWorld.Catalogue(db);
        (await catalogue.ChangePriceAsync(admin, id, 85m, ProductWorld.Today.AddDays(10))).Succeeded.ShouldBeTrue();

        var sameDay = await catalogue.ChangePriceAsync(admin, id, 86m, ProductWorld.Today.AddDays(10));
        var before = await catalogue.ChangePriceAsync(admin, id, 86m, ProductWorld.Today);
        var yearAhead = await catalogue.ChangePriceAsync(admin, id, 86m, ProductWorld.Today.AddYears(1));

        ProductWorld.ShouldBeRefused(sameDay, "EffectiveOn");
        ProductWorld.ShouldBeRefused(before, "EffectiveOn");
        (before.Errors[0].Message, before.Errors[0].Arguments[0]).ShouldBe(("The effective date must be after the newest price change, on {0}.", (object)"2026-03-26"));
        yearAhead.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task Two_people_re_pricing_at_once_the_second_is_told_and_the_first_stays()
    {
        var id = await _world.ProductAsync(price: 100m);
        var admin = await _world.ViewerAsync("admin");
        var manager = await _world.ViewerAsync("mm.west");
        await using var first = _world.Db();
        await using var second = _world.Db();
        var version = await first.Products.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();

        // Future-dated, so the first change writes no new list price: the version must move all the same.
        (await ProductWorld.Catalogue(first).ChangePriceAsync(admin, id, 110m, ProductWorld.Today.AddDays(5), version)).Succeeded.ShouldBeTrue();
        var late = await ProductWorld.Catalogue(second).ChangePriceAsync(manager, id, 105m, ProductWorld.Today.AddDays(9), version);

        late.IsConflict.ShouldBeTrue();
        await using var check = _world.Db();
        (await check.PriceChanges.Where(c => c.ProductId == id).Select(c => c.NewPrice).ToListAsync()).ShouldBe([110m]);
    }

    [Fact]
    public async Task Only_the_newest_change_is_withdrawn_and_only_before_its_date()
    {
        var id = await _world.ProductAsync(price: 100m);
        var admin = await _world.ViewerAsync("admin");
        await using var db = _world.Db();
        var catalogue = ProductWorld.Catalogue(db);
        await catalogue.ChangePriceAsync(admin, id, 101m, ProductWorld.Today.AddDays(-3));
        await catalogue.ChangePriceAsync(admin, id, 102m, ProductWorld.Today.AddDays(3));
        await catalogue.ChangePriceAsync(admin, id, 103m, ProductWorld.Today.AddDays(6));
        var ids = await db.PriceChanges.Where(c => c.ProductId == id).OrderBy(c => c.EffectiveOn).Select(c => c.Id).ToListAsync();

        var inEffect = await catalogue.CancelScheduledChangeAsync(admin, id, ids[0]);
        var notNewest = await catalogue.CancelScheduledChangeAsync(admin, id, ids[1]);
        var otherProduct = await catalogue.CancelScheduledChangeAsync(admin, id - 1, ids[2]);
        var newest = await catalogue.CancelScheduledChangeAsync(admin, id, ids[2]);

        ProductWorld.ShouldBeRefused(inEffect, "");
        ProductWorld.ShouldBeRefused(notNewest, "");
        otherProduct.NotFound.ShouldBeTrue();
        newest.Succeeded.ShouldBeTrue();
        await using var check = _world.Db();
        (await check.PriceChanges.Where(c => c.ProductId == id).OrderBy(c => c.EffectiveOn).Select(c => c.Id).ToListAsync()).ShouldBe(ids[..2]);
        (await check.Products.SingleAsync(p => p.Id == id)).ListPrice.ShouldBe(101m);
    }

    private static Task<decimal> ListPriceAsync(GroupCrm.Core.Data.CrmDbContext db, int id, DateOnly day) =>
        db.PricesOn(day).Where(p => p.ProductId == id).Select(p => p.Price).SingleAsync();
}
