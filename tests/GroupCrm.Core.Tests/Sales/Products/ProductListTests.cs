using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Sales.Products;

/// <summary>The list over the 120 demo products: each filter, text search, paging.</summary>
public sealed class ProductListTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private readonly ProductWorld _world = new(fixture);

    [Fact]
    public async Task All_products_come_fifty_to_a_page_ordered_by_code()
    {
        await using var db = _world.Db();
        var catalogue = ProductWorld.Catalogue(db);

        var first = await catalogue.ListAsync(new ProductFilter(null, null, null, null, null));
        var last = await catalogue.ListAsync(new ProductFilter(null, null, null, null, null, Page: 99));

        (first.Total, first.PageCount, first.Page, first.Rows.Count).ShouldBe((120, 3, 1, 50));
        first.Rows.Select(r => r.Code).ShouldBe(Enumerable.Range(1, 50).Select(i => $"P{i:0000}"));
        (last.Page, last.Rows.Count, last.Rows[^1].Code).ShouldBe((3, 20, "P0120"));
    }

    [Fact]
    public async Task Each_filter_narrows_the_list_to_what_it_names()
    {
        await using var db = _world.Db();
        var catalogue = ProductWorld.Catalogue(db);
        var brand = await db.Products.OrderBy(p => p.Id).Select(p => p.Brand).FirstAsync();

        var byBrand = await catalogue.ListAsync(new ProductFilter(brand, null, null, null, null));
        var byBand = await catalogue.ListAsync(new ProductFilter(null, "A", null, null, null));
        var scarce = await catalogue.ListAsync(new ProductFilter(null, null, true, null, null));
        var inactive = await catalogue.ListAsync(new ProductFilter(null, null, null, false, null));
        var both = await catalogue.ListAsync(new ProductFilter(brand, null, null, true, null));

        (byBrand.Total, scarce.Total, inactive.Total).ShouldBe((12, 12, 5));
        byBrand.Rows.ShouldAllBe(r => r.Brand == brand);
        byBand.Rows.ShouldAllBe(r => r.PriceBand == "A");
        byBand.Total.ShouldBe(await db.Products.CountAsync(p => p.PriceBand == "A"));
        scarce.Rows.ShouldAllBe(r => r.IsScarce);
        inactive.Rows.ShouldAllBe(r => !r.IsActive);
        both.Total.ShouldBe(await db.Products.CountAsync(p => p.Brand == brand && p.IsActive));
    }

    [Theory]
    [InlineData("p0007", 1)]        // code, any case
    [InlineData("青峰(软)", 1)]     // Chinese name
    [InlineData("qingfeng (soft)", 1)] // English name, any case
    [InlineData("金陵春", 12)]
    [InlineData("%", 0)]            // literal, not a wildcard
    [InlineData("nothing like it", 0)]
    public async Task Text_matches_code_and_both_names(string text, int expected)
    {
        await using var db = _world.Db();
        var page = await ProductWorld.Catalogue(db).ListAsync(new ProductFilter(null, null, null, null, text));
        page.Total.ShouldBe(expected);
    }

    [Fact]
    public async Task The_choices_are_the_ten_brands_and_the_five_bands()
    {
        await using var db = _world.Db();
        var choices = await ProductWorld.Catalogue(db).FilterChoicesAsync();
        choices.Brands.Count.ShouldBe(10);
        choices.PriceBands.ShouldBe(["A", "B", "C", "D", "E"]);
    }
}
