using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>Whose quotas each role may see; anyone else does not exist for them.</summary>
public sealed class QuotaAudienceTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 2, 10, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_account_manager_sees_only_themselves()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, Now);
        var p = world.People;

        var visible = await Visible(world, p.Manager);

        visible.Select(q => q.UserId).ShouldBe([p.Manager.UserId]);
        visible[0].ShouldBe(new QuotaPerson(p.Manager.UserId, $"am {p.Tag}", Roles.AccountManager, p.Home.Id, "东区") { DistrictNameEn = "East" });
        (await Find(world, p.Manager, p.OtherManager.UserId)).ShouldBeNull();
        (await Find(world, p.Manager, p.MarketManager.UserId)).ShouldBeNull();
        (await Find(world, p.Manager, p.Manager.UserId)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_market_manager_sees_themselves_first_and_their_districts_account_managers()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, Now);
        var p = world.People;

        var visible = await Visible(world, p.MarketManager);

        visible.Select(q => q.UserId).ShouldBe([p.MarketManager.UserId, p.Manager.UserId, p.OtherManager.UserId]);
        (await Find(world, p.MarketManager, p.AwayManager.UserId)).ShouldBeNull();
        (await Find(world, p.MarketManager, p.AwayMarketManager.UserId)).ShouldBeNull();
        (await Find(world, p.MarketManager, p.Administrator.UserId)).ShouldBeNull();
        (await Find(world, p.MarketManager, p.OtherManager.UserId))!.Role.ShouldBe(Roles.AccountManager);
        (await Visible(world, p.MarketManager, p.Away.Id)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.MarketingCenter)]
    public async Task The_centre_sees_every_account_and_market_manager_and_can_narrow_to_a_district(string role)
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, Now);
        var p = world.People;
        var viewer = role == Roles.Administrator ? p.Administrator : p.Approver;

        var all = (await Visible(world, viewer)).Select(q => q.UserId).ToList();
        var away = await Visible(world, viewer, p.Away.Id);

        all.ShouldBe([p.MarketManager.UserId, p.Manager.UserId, p.OtherManager.UserId, p.AwayMarketManager.UserId, p.AwayManager.UserId], ignoreOrder: true);
        all.ShouldNotContain(p.Administrator.UserId);
        all.ShouldNotContain(p.Approver.UserId);
        away.Select(q => q.UserId).ShouldBe([p.AwayMarketManager.UserId, p.AwayManager.UserId]);
        (await Find(world, viewer, p.Approver.UserId)).ShouldBeNull();
        (await Find(world, viewer, int.MaxValue)).ShouldBeNull();
    }

    [Fact]
    public async Task Disabled_people_have_no_quotas()
    {
        await using var world = await QuotaWorld.CreateAsync(fixture, Now);
        var p = world.People;
        await using (var db = world.Db())
            await db.Users.Where(u => u.Id == p.OtherManager.UserId).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsDisabled, true));

        (await Visible(world, p.MarketManager)).Select(q => q.UserId).ShouldBe([p.MarketManager.UserId, p.Manager.UserId]);
        (await Find(world, p.Administrator, p.OtherManager.UserId)).ShouldBeNull();
    }

    private static async Task<IReadOnlyList<QuotaPerson>> Visible(QuotaWorld world, Viewer viewer, int? district = null)
    {
        var people = await world.RunAsync<QuotaAudience, IReadOnlyList<QuotaPerson>>(a => a.VisibleToAsync(viewer, district));
        // Other tests' people share the database: keep to this test's two districts.
        return [.. people.Where(q => q.DistrictId == world.People.Home.Id || q.DistrictId == world.People.Away.Id)];
    }

    private static Task<QuotaPerson?> Find(QuotaWorld world, Viewer viewer, int userId) =>
        world.RunAsync<QuotaAudience, QuotaPerson?>(a => a.FindAsync(viewer, userId));
}
