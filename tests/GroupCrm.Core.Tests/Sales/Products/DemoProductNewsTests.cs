using GroupCrm.Core.Sales.Products;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Sales.Products;

/// <summary>The demo's product news: launches inside the sales window and price changes that end at today's prices.</summary>
public sealed class DemoProductNewsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Ten_older_products_were_re_priced_inside_the_window_and_their_chains_end_at_the_list_price()
    {
        await using var db = fixture.CreateContext();
        var window = await db.MonthlySales.GroupBy(_ => 1).Select(g => new { First = g.Min(s => s.Month), Last = g.Max(s => s.Month) }).SingleAsync();
        var changes = await db.PriceChanges.OrderBy(c => c.EffectiveOn).ToListAsync();
        var products = await db.Products.ToDictionaryAsync(p => p.Id);

        changes.Count.ShouldBe(13);
        changes.Select(c => c.ProductId).Distinct().Count().ShouldBe(10);
        changes.ShouldAllBe(c => c.EffectiveOn > window.First && c.EffectiveOn < window.Last.AddMonths(1) && c.ChangedAt < c.EffectiveOn.ToDateTime(TimeOnly.MinValue));
        foreach (var chain in changes.GroupBy(c => c.ProductId))
        {
            var product = products[chain.Key];
            (product.IsActive, product.LaunchedOn).ShouldBe((true, null));
            chain.Last().NewPrice.ShouldBe(product.ListPrice);
            chain.Zip(chain.Skip(1)).ShouldAllBe(pair => pair.First.NewPrice == pair.Second.OldPrice);
            chain.ShouldAllBe(c => c.OldPrice != c.NewPrice && c.OldPrice > 0);
        }
    }

    [Fact]
    public async Task The_products_launched_inside_the_window_have_their_launch_month_and_are_that_months_news()
    {
        await using var db = fixture.CreateContext();
        var launched = await db.Products.Where(p => p.LaunchedOn != null).ToListAsync();
        launched.Count.ShouldBe(6);
        foreach (var product in launched)
        {
            var firstSale = await db.MonthlySales.Where(s => s.ProductId == product.Id).MinAsync(s => s.Month);
            product.LaunchedOn.ShouldBe(firstSale);
            var news = await new ProductNews(db).ForMonthAsync(product.LaunchedOn!.Value);
            news.ShouldContain(n => n.Kind == ProductNewsKind.NewProduct && n.ProductId == product.Id);
        }
    }
}
