using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Letters.Bulletins;

/// <summary>Who reads and who writes a district's bulletins.</summary>
public sealed class MarketBulletinsAccessTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly BulletinInput Text = new("市场平稳", "中华增长", "新品上市");

    [Fact]
    public async Task The_districts_market_manager_writes_its_bulletin()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        var result = await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, Text);

        result.Succeeded.ShouldBeTrue();
        var stored = (await world.StoredAsync(world.Home, BulletinWorld.LastMonth))!;
        stored.Id.ShouldBe(result.Id);
        (stored.MarketSituation, stored.BrandTrends, stored.ProductNews).ShouldBe(("市场平稳", "中华增长", "新品上市"));
        stored.AuthorId.ShouldBe(world.People.MarketManager.UserId);
        stored.CreatedAt.ShouldBe(BulletinWorld.Now);
        stored.UpdatedAt.ShouldBe(BulletinWorld.Now);
        stored.CreatedAt.Offset.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public async Task An_administrator_writes_any_districts_bulletin()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        (await world.SaveAsync(world.People.Administrator, world.Away, BulletinWorld.ThisMonth, Text)).Succeeded.ShouldBeTrue();

        (await world.StoredAsync(world.Away, BulletinWorld.ThisMonth))!.AuthorId.ShouldBe(world.People.Administrator.UserId);
    }

    [Fact]
    public async Task Another_districts_market_manager_does_not_even_find_the_district()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        var result = await world.SaveAsync(world.People.AwayMarketManager, world.Home, BulletinWorld.LastMonth, Text);

        result.NotFound.ShouldBeTrue();
        (await world.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Account_managers_and_the_marketing_centre_read_but_may_not_write()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        (await world.SaveAsync(world.People.Manager, world.Home, BulletinWorld.LastMonth, Text)).Forbidden.ShouldBeTrue();
        (await world.SaveAsync(world.People.Approver, world.Home, BulletinWorld.LastMonth, Text)).Forbidden.ShouldBeTrue();
        (await world.SaveAsync(world.People.AwayManager, world.Home, BulletinWorld.LastMonth, Text)).NotFound.ShouldBeTrue();
        (await world.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_district_that_does_not_exist_is_not_found()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        (await world.SaveAsync(world.People.Administrator, -5, BulletinWorld.LastMonth, Text)).NotFound.ShouldBeTrue();
        (await world.RunAsync(b => b.FindDistrictAsync(world.People.Administrator, int.MaxValue))).ShouldBeNull();
    }

    [Fact]
    public async Task A_manager_without_a_district_reads_nothing()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        await world.WrittenAsync(world.Home, BulletinWorld.LastMonth);
        var stray = world.People.MarketManager with { DistrictId = null };

        (await world.RunAsync(b => b.ListAsync(stray))).ShouldBeEmpty();
        (await world.RunAsync(b => b.DistrictsAsync(stray))).ShouldBeEmpty();
        (await world.SaveAsync(stray, world.Home, BulletinWorld.LastMonth, Text, 1)).NotFound.ShouldBeTrue();
    }

    [Fact]
    public async Task Each_role_reads_the_bulletins_of_its_districts()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        await world.WrittenAsync(world.Home, BulletinWorld.LastMonth, "东区五月");
        await world.WrittenAsync(world.Away, BulletinWorld.LastMonth, "西区五月");
        var p = world.People;

        foreach (var (who, home, away) in new (Viewer, bool, bool)[]
        {
            (p.Manager, true, false), (p.MarketManager, true, false), (p.AwayManager, false, true), (p.AwayMarketManager, false, true),
            (p.Approver, true, true), (p.Administrator, true, true),
        })
        {
            var read = await world.RunAsync(b => b.GetAsync(who, world.Home, BulletinWorld.LastMonth));
            (read is not null).ShouldBe(home, who.Role);
            (await world.RunAsync(b => b.GetAsync(who, world.Away, BulletinWorld.LastMonth)) is not null).ShouldBe(away, who.Role);
            var listed = (await world.RunAsync(b => b.ListAsync(who))).Where(r => r.DistrictId == world.Home || r.DistrictId == world.Away);
            listed.Select(r => r.Opening).ShouldBe([.. new[] { home ? "东区五月" : null, away ? "西区五月" : null }.OfType<string>()], ignoreOrder: true);
        }
    }

    [Fact]
    public async Task The_bulletin_read_names_its_district_author_and_whether_the_reader_may_edit_it()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var version = await world.WrittenAsync(world.Home, BulletinWorld.LastMonth, "市场**平稳**");

        var byManager = (await world.RunAsync(b => b.GetAsync(world.People.Manager, world.Home, BulletinWorld.LastMonth)))!;
        var byMarketManager = (await world.RunAsync(b => b.GetAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth)))!;

        byManager.District.ShouldBe(new BulletinDistrict(world.Home, "东区", "East", false));
        byMarketManager.District.CanWrite.ShouldBeTrue();
        byManager.MarketSituation.ShouldBe("市场**平稳**");
        byManager.AuthorName.ShouldBe($"mm {world.People.Tag}");
        byManager.Version.ShouldBe(version);
        byManager.Month.ShouldBe(BulletinWorld.LastMonth);
    }

    [Fact]
    public async Task A_month_not_written_reads_as_nothing()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        (await world.RunAsync(b => b.GetAsync(world.People.MarketManager, world.Home, BulletinWorld.ThisMonth))).ShouldBeNull();
    }

    [Fact]
    public async Task The_districts_offered_are_those_read_with_the_right_to_write()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var p = world.People;

        async Task<IEnumerable<BulletinDistrict>> Of(Viewer who) =>
            (await world.RunAsync(b => b.DistrictsAsync(who))).Where(d => d.Id == world.Home || d.Id == world.Away);

        (await Of(p.MarketManager)).ShouldBe([new(world.Home, "东区", "East", true)]);
        (await Of(p.Manager)).ShouldBe([new(world.Home, "东区", "East", false)]);
        (await Of(p.AwayMarketManager)).ShouldBe([new(world.Away, "西区", "West", true)]);
        (await Of(p.Approver)).Select(d => (d.Id, d.CanWrite)).ShouldBe([(world.Home, false), (world.Away, false)], ignoreOrder: true);
        (await Of(p.Administrator)).Select(d => (d.Id, d.CanWrite)).ShouldBe([(world.Home, true), (world.Away, true)], ignoreOrder: true);
    }
}
