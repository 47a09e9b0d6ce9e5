using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Letters.Bulletins;

/// <summary>The list of bulletins: newest month first, one district when asked, a plain one-line opening.</summary>
public sealed class MarketBulletinsListTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Bulletins_are_listed_newest_month_first_and_filtered_by_district()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        await world.WrittenAsync(world.Home, new DateOnly(2026, 4, 1), "东区四月");
        await world.WrittenAsync(world.Home, BulletinWorld.LastMonth, "东区五月");
        await world.WrittenAsync(world.Away, BulletinWorld.LastMonth, "西区五月");
        await world.WrittenAsync(world.Away, BulletinWorld.ThisMonth, "西区六月");

        var all = (await world.RunAsync(b => b.ListAsync(world.People.Approver))).Where(r => r.DistrictId == world.Home || r.DistrictId == world.Away).ToList();
        var home = await world.RunAsync(b => b.ListAsync(world.People.Approver, world.Home));

        all.Select(r => r.Month).ShouldBe([BulletinWorld.ThisMonth, BulletinWorld.LastMonth, BulletinWorld.LastMonth, new DateOnly(2026, 4, 1)]);
        home.Select(r => r.Opening).ShouldBe(["东区五月", "东区四月"]);
        home[0].DistrictName.ShouldBe("东区");
        home[0].DistrictNameEn.ShouldBe("East");
        home[0].AuthorName.ShouldBe($"mm {world.People.Tag}");
        home[0].UpdatedAt.ShouldBe(BulletinWorld.Now);
    }

    [Fact]
    public async Task A_manager_asking_for_another_district_gets_nothing()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        await world.WrittenAsync(world.Away, BulletinWorld.LastMonth);

        (await world.RunAsync(b => b.ListAsync(world.People.Manager, world.Away))).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_opening_is_the_first_written_part_as_plain_text_cut_short()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var longText = "## 概况\n\n- **中华** 增长\n- 利群 <b>持平</b>\n\n" + new string('长', 300);
        await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new("", longText, "新品"));

        var row = (await world.RunAsync(b => b.ListAsync(world.People.MarketManager, world.Home))).Single();

        row.Opening.ShouldStartWith("概况 中华 增长 利群 <b>持平</b> 长");
        row.Opening.Length.ShouldBe(121);
        row.Opening.ShouldEndWith("…");
    }
}
