using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Sales.Products;

/// <summary>
/// A month's news on products of the test's own, in months of 2005 the demo data never reaches (back-dated
/// changes are allowed from 2000 on), so the expected items are known exactly.
/// </summary>
public sealed class ProductNewsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private readonly ProductWorld _world = new(fixture);

    [Fact]
    public async Task A_month_lists_its_launches_and_the_price_changes_taking_effect_in_it_by_date()
    {
        var launched = ProductWorld.Input("NEWS-LAUNCH", 45m, "新品", "New one");
        launched = launched with { Fields = launched.Fields with { LaunchedOn = new DateOnly(2005, 6, 1), IsScarce = true } };
        var launchedId = await _world.ProductAsync(input: launched);
        var repriced = await _world.ProductAsync(input: ProductWorld.Input("NEWS-PRICE", 30m, "调价", "Repriced"));
        var admin = await _world.ViewerAsync("admin");
        await using (var db = _world.Db())
        {
            var catalogue = ProductWorld.Catalogue(db);
            (await catalogue.ChangePriceAsync(admin, repriced, 32m, new DateOnly(2005, 5, 31))).Succeeded.ShouldBeTrue();
            (await catalogue.ChangePriceAsync(admin, repriced, 35m, new DateOnly(2005, 6, 20))).Succeeded.ShouldBeTrue();
            (await catalogue.ChangePriceAsync(admin, launchedId, 48m, new DateOnly(2005, 6, 1))).Succeeded.ShouldBeTrue();
            (await catalogue.ChangePriceAsync(admin, repriced, 36m, new DateOnly(2005, 7, 1))).Succeeded.ShouldBeTrue();
        }

        await using var read = _world.Db();
        var news = await new ProductNews(read).ForMonthAsync(new DateOnly(2005, 6, 17));

        news.Select(n => (n.Kind, n.On, n.Code, n.OldPrice, n.NewPrice)).ShouldBe(
        [
            (ProductNewsKind.NewProduct, new DateOnly(2005, 6, 1), "NEWS-LAUNCH", null, 48m),
            (ProductNewsKind.PriceChange, new DateOnly(2005, 6, 1), "NEWS-LAUNCH", 45m, 48m),
            (ProductNewsKind.PriceChange, new DateOnly(2005, 6, 20), "NEWS-PRICE", 32m, 35m),
        ]);
        (news[0].Name, news[0].NameEn, news[0].IsScarce, news[2].Name).ShouldBe(("新品", "New one", true, "调价"));
    }

    [Fact]
    public async Task A_month_without_news_is_empty()
    {
        await using var db = _world.Db();
        (await new ProductNews(db).ForMonthAsync(new DateOnly(2003, 2, 1))).ShouldBeEmpty();
    }
}
