using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;

namespace GroupCrm.Core.Tests.Letters.Bulletins;

/// <summary>Updating a bulletin against the version the form showed, and two writers at once.</summary>
public sealed class MarketBulletinsSavingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task An_update_against_the_version_shown_replaces_the_text_and_makes_the_writer_its_author()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var version = await world.WrittenAsync(world.Home, BulletinWorld.LastMonth, "初稿");
        var id = (await world.StoredAsync(world.Home, BulletinWorld.LastMonth))!.Id;

        var result = await world.SaveAsync(world.People.Administrator, world.Home, BulletinWorld.LastMonth, new("定稿", "品牌", ""), version);

        result.Succeeded.ShouldBeTrue();
        result.Id.ShouldBe(id);
        var stored = (await world.StoredAsync(world.Home, BulletinWorld.LastMonth))!;
        (stored.MarketSituation, stored.BrandTrends, stored.ProductNews).ShouldBe(("定稿", "品牌", ""));
        stored.AuthorId.ShouldBe(world.People.Administrator.UserId);
        stored.Version.ShouldNotBe(version);
        (await world.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task An_update_from_a_stale_form_is_a_conflict_and_changes_nothing()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var first = await world.WrittenAsync(world.Home, BulletinWorld.LastMonth, "初稿");
        (await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new("二稿", null, null), first)).Succeeded.ShouldBeTrue();

        var stale = await world.SaveAsync(world.People.Administrator, world.Home, BulletinWorld.LastMonth, new("覆盖", null, null), first);

        stale.IsConflict.ShouldBeTrue();
        (await world.StoredAsync(world.Home, BulletinWorld.LastMonth))!.MarketSituation.ShouldBe("二稿");
    }

    [Fact]
    public async Task Writing_a_new_bulletin_where_one_was_written_meanwhile_is_a_conflict()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        await world.WrittenAsync(world.Home, BulletinWorld.LastMonth, "先写的");

        var second = await world.SaveAsync(world.People.Administrator, world.Home, BulletinWorld.LastMonth, new("后写的", null, null));

        second.IsConflict.ShouldBeTrue();
        (await world.StoredAsync(world.Home, BulletinWorld.LastMonth))!.MarketSituation.ShouldBe("先写的");
    }

    [Fact]
    public async Task Updating_a_bulletin_that_is_not_there_is_a_conflict()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);

        (await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new("x", null, null), 1234)).IsConflict.ShouldBeTrue();
        (await world.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Many_writers_creating_the_same_bulletin_at_once_leave_one_bulletin_and_clear_conflicts()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var writers = Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? world.People.MarketManager : world.People.Administrator).ToList();

        var results = await Task.WhenAll(writers.Select((who, i) =>
            Task.Run(() => world.SaveAsync(who, world.Home, BulletinWorld.ThisMonth, new($"第{i}位", null, null)))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.IsConflict);
        (await world.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Two_updates_from_the_same_version_at_once_save_one()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var version = await world.WrittenAsync(world.Home, BulletinWorld.LastMonth);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new($"版本{i}", null, null), version))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.IsConflict);
    }

    [Fact]
    public async Task A_refused_update_writes_nothing()
    {
        await using var world = await BulletinWorld.CreateAsync(fixture);
        var version = await world.WrittenAsync(world.Home, BulletinWorld.LastMonth, "原文");

        var result = await world.SaveAsync(world.People.MarketManager, world.Home, BulletinWorld.LastMonth, new("", " ", "\n"), version);

        result.Errors.Single().Message.ShouldBe(BulletinMessages.Empty);
        var stored = (await world.StoredAsync(world.Home, BulletinWorld.LastMonth))!;
        stored.MarketSituation.ShouldBe("原文");
        stored.Version.ShouldBe(version);
    }
}
