using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Letters.Bulletins;

/// <summary>The demo's bulletins: every district, the last three closed months, by its market manager, in Markdown.</summary>
public sealed class DemoBulletinsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Each_district_has_its_market_managers_bulletins_for_the_last_three_closed_months()
    {
        await using var db = fixture.CreateContext();
        var lastSalesMonth = await db.MonthlySales.MaxAsync(s => s.Month);
        var bulletins = await db.MarketBulletins.AsNoTracking()
            .Join(db.Districts, b => b.DistrictId, d => d.Id, (b, d) => new { d.Code, b.DistrictId, b.Month, b.AuthorId, b.MarketSituation, b.BrandTrends, b.ProductNews, b.CreatedAt })
            .ToListAsync();
        var marketManagers = await db.Users.Where(u => u.DistrictId != null)
            .Join(db.UserRoles, u => u.Id, r => r.UserId, (u, r) => new { u.Id, u.DistrictId, r.RoleId })
            .Join(db.Roles.Where(r => r.Name == Roles.MarketManager), x => x.RoleId, r => r.Id, (x, _) => new { x.Id, x.DistrictId })
            .ToDictionaryAsync(x => x.DistrictId!.Value, x => x.Id);

        bulletins.Count.ShouldBe(9);
        bulletins.Select(b => b.Code).Distinct().ShouldBe(["E", "W", "N"], ignoreOrder: true);
        foreach (var district in bulletins.GroupBy(b => b.DistrictId))
        {
            district.Select(b => b.Month).ShouldBe([lastSalesMonth, lastSalesMonth.AddMonths(-1), lastSalesMonth.AddMonths(-2)], ignoreOrder: true);
            district.ShouldAllBe(b => b.AuthorId == marketManagers[district.Key]);
        }
        bulletins.ShouldAllBe(b => b.MarketSituation.Length > 40 && b.BrandTrends.Length > 40 && b.ProductNews.Length > 40);
        bulletins.ShouldAllBe(b => b.MarketSituation.StartsWith($"{b.Month.Month}月"));
        bulletins.ShouldAllBe(b => b.CreatedAt < new DateTimeOffset(b.Month.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)));
    }

    [Fact]
    public async Task The_demo_bulletins_render_with_lists_and_bold_text()
    {
        await using var db = fixture.CreateContext();
        var texts = await db.MarketBulletins.Select(b => b.MarketSituation + "\n\n" + b.BrandTrends + "\n\n" + b.ProductNews).ToListAsync();

        texts.ShouldAllBe(t => SafeMarkdown.ToHtml(t).Contains("<strong>") && SafeMarkdown.ToHtml(t).Contains("<li>"));
        texts.ShouldAllBe(t => t.Length <= MarketBulletins.MaxPartLength);
    }
}
