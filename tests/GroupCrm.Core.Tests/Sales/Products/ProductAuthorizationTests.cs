using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Sales.Products;

/// <summary>Only administrators and market managers change products; Core refuses everyone else itself.</summary>
public sealed class ProductAuthorizationTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private readonly ProductWorld _world = new(fixture);

    [Theory]
    [InlineData("am.east1")]
    [InlineData("am.north3")]
    [InlineData("approver")]
    public async Task Account_managers_and_the_marketing_centre_change_nothing(string userName)
    {
        var id = await _world.ProductAsync(price: 60m);
        var viewer = await _world.ViewerAsync(userName);
        await using var db = _world.Db();
        var version = await db.Products.Where(p => p.Id == id).Select(p => p.Version).SingleAsync();
        var catalogue = ProductWorld.Catalogue(db);
        var before = await db.Products.CountAsync();

        var results = new[]
        {
            await catalogue.CreateAsync(viewer, ProductWorld.Input()),
            await catalogue.UpdateAsync(viewer, id, ProductWorld.Input().Fields with { Name = "改名" }, version),
            await catalogue.SetActiveAsync(viewer, id, false, version),
            await catalogue.ChangePriceAsync(viewer, id, 70m, ProductWorld.Today, version),
            await catalogue.CancelScheduledChangeAsync(viewer, id, 1, version),
        };

        results.ShouldAllBe(r => r.Forbidden && !r.Succeeded);
        ProductCatalogue.CanEdit(viewer).ShouldBeFalse();
        await using var check = _world.Db();
        (await check.Products.CountAsync()).ShouldBe(before);
        var product = await check.Products.SingleAsync(p => p.Id == id);
        (product.Name, product.IsActive, product.ListPrice, product.Version).ShouldBe(("测试烟(软)", true, 60m, version));
        (await check.PriceChanges.CountAsync(c => c.ProductId == id)).ShouldBe(0);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("mm.east")]
    [InlineData("mm.west")]
    public async Task Administrators_and_market_managers_of_any_district_edit_products(string userName)
    {
        var viewer = await _world.ViewerAsync(userName);
        await using var db = _world.Db();
        var catalogue = ProductWorld.Catalogue(db);

        var created = await catalogue.CreateAsync(viewer, ProductWorld.Input());
        var changed = await catalogue.ChangePriceAsync(viewer, created.Id, 99m, ProductWorld.Today);

        (created.Succeeded, changed.Succeeded, ProductCatalogue.CanEdit(viewer)).ShouldBe((true, true, true));
    }
}
