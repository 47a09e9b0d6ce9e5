using System.Net;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Web.Tests.Products;

/// <summary>
/// Everyone reads products; account managers and the marketing centre get 403 on every product form and
/// handler, see no edit buttons, and change nothing. Each POST carries valid fields, so only the check stops it.
/// </summary>
public sealed class ProductAuthorizationTests(CrmWebFactory factory) : IClassFixture<CrmWebFactory>
{
    [Theory]
    [InlineData("am.east1")]
    [InlineData("approver")]
    public async Task Readers_get_403_on_every_change_and_nothing_is_written(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);
        await using var db = factory.CreateDbContext();
        var product = await db.Products.AsNoTracking().SingleAsync(p => p.Code == "P0003");
        var changes = await db.PriceChanges.CountAsync();
        var count = await db.Products.CountAsync();
        var version = product.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var edit = $"/Products/{product.Id}/Edit";
        var fields = ProductPagesTests.CreateFields("WEB-FORGED", "越权", "10");
        var editFields = new Dictionary<string, string>(fields) { ["Input.Version"] = version };
        editFields.Remove("Input.Code");
        editFields.Remove("Input.ListPrice");

        (await client.GetAsync("/Products/Create")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync(edit)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync("/Products/Create", fields, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync(edit, editFields, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostFormAsync($"{edit}?handler=ChangePrice", ProductPagesTests.PriceFields(product.Version, "1.23", "2026-01-01"), formPage: "/"))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var handler in new[] { "Deactivate", "Reactivate", "CancelChange" })
            (await client.PostFormAsync($"{edit}?handler={handler}", new() { ["version"] = version, ["changeId"] = "1" }, formPage: "/"))
                .StatusCode.ShouldBe(HttpStatusCode.Forbidden, handler);

        await using var check = factory.CreateDbContext();
        (await check.Products.CountAsync()).ShouldBe(count);
        (await check.PriceChanges.CountAsync()).ShouldBe(changes);
        var after = await check.Products.AsNoTracking().SingleAsync(p => p.Id == product.Id);
        (after.Name, after.IsActive, after.ListPrice, after.Version).ShouldBe((product.Name, product.IsActive, product.ListPrice, product.Version));
    }

    [Theory]
    [InlineData("am.east1")]
    [InlineData("approver")]
    public async Task Readers_see_the_products_without_edit_buttons(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);
        await using var db = factory.CreateDbContext();
        var id = await db.Products.Where(p => p.Code == "P0003").Select(p => p.Id).SingleAsync();

        var list = await client.GetStringAsync("/Products");
        var details = await client.GetStringAsync($"/Products/{id}");
        var home = await client.GetStringAsync("/");

        list.ShouldContain("data-testid=\"products-table\"");
        list.ShouldNotContain("data-testid=\"new-product\"");
        list.ShouldNotContain("data-testid=\"edit-product\"");
        details.ShouldContain("P0003");
        details.ShouldNotContain("data-testid=\"edit-product\"");
        home.ShouldContain(">Products</a>");
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("mm.west")]
    public async Task Editors_see_the_buttons_and_the_forms(string userName)
    {
        var client = await factory.SignedInClientAsync(userName);
        var list = await client.GetStringAsync("/Products");
        var create = await client.GetAsync("/Products/Create");

        list.ShouldContain("data-testid=\"new-product\"");
        list.ShouldContain("data-testid=\"edit-product\"");
        create.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_product_is_404()
    {
        var client = await factory.SignedInClientAsync("admin");
        (await client.GetAsync("/Products/999999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/Products/999999/Edit")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.PostFormAsync("/Products/999999/Edit?handler=Deactivate", new() { ["version"] = "1" }, formPage: "/"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
