using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>The seeded demo database: what it holds and how it hangs together.</summary>
public sealed class DemoSeederTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    // Fixed by the seeds; a deliberate change of the demo data set updates them.
    public const int ExpectedStores = 1471;
    public const int ExpectedSales = 431_465;

    [Fact]
    public async Task Three_districts_each_with_a_market_manager_and_three_account_managers()
    {
        await using var db = fixture.CreateContext();
        (await db.Districts.OrderBy(d => d.Id).Select(d => d.Code).ToListAsync()).ShouldBe(["E", "W", "N"]);
        var staff = await (from u in db.Users
                           join ur in db.UserRoles on u.Id equals ur.UserId
                           join r in db.Roles on ur.RoleId equals r.Id
                           select new { u.UserName, Role = r.Name, District = u.District!.Code }).ToListAsync();
        staff.Count.ShouldBe(14);
        staff.ShouldBe(DemoLogins.All.Select(l => new { UserName = (string?)l.UserName, Role = (string?)l.Role, District = l.DistrictCode! }), ignoreOrder: true);
        foreach (var code in new[] { "E", "W", "N" })
        {
            staff.Count(s => s.District == code && s.Role == Roles.MarketManager).ShouldBe(1);
            staff.Count(s => s.District == code && s.Role == Roles.AccountManager).ShouldBe(3);
        }
    }

    [Fact]
    public async Task Every_demo_user_signs_in_with_the_shared_password()
    {
        await using var provider = DemoServices.Build(fixture.ConnectionString);
        await using var scope = provider.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CrmUser>>();
        foreach (var login in DemoLogins.All)
        {
            var user = await users.FindByNameAsync(login.UserName);
            user.ShouldNotBeNull(login.UserName);
            user.DisplayName.ShouldBe(login.DisplayName);
            user.EmailConfirmed.ShouldBeTrue();
            (await users.CheckPasswordAsync(user, DemoLogins.Password)).ShouldBeTrue(login.UserName);
            (await users.GetRolesAsync(user)).ShouldBe([login.Role]);
        }
    }

    [Fact]
    public async Task Sixty_chains_in_every_onboarding_state_run_by_their_districts_managers()
    {
        await using var db = fixture.CreateContext();
        var accounts = await db.Accounts.Include(a => a.AccountManager).Include(a => a.MarketManager).Include(a => a.BuyerContacts).ToListAsync();
        accounts.Count.ShouldBe(60);
        accounts.Count(a => a.State == AccountState.Active).ShouldBe(40);
        accounts.Select(a => a.State).Distinct().Count().ShouldBe(Enum.GetValues<AccountState>().Length);
        accounts.Select(a => a.Name).Distinct().Count().ShouldBe(60);
        accounts.Select(a => a.BusinessLicenceNumber).Distinct().Count().ShouldBe(60);
        accounts.ShouldAllBe(a => a.BusinessLicenceNumber.Length == 18 && a.BusinessLicenceNumber.StartsWith("91"));
        accounts.ShouldAllBe(a => a.AccountManager!.DistrictId == a.DistrictId && a.MarketManager!.DistrictId == a.DistrictId);
        accounts.ShouldAllBe(a => a.HqAddress != null && a.OrderPhone != null && a.LegalRepresentative != null && a.PlannedMonthlyVolume > 0);
        accounts.ShouldAllBe(a => a.BuyerContacts.Count >= 1 && a.BuyerContacts.Count <= 2 && a.BuyerContacts.All(c => c.Email.EndsWith(".example")));
        accounts.GroupBy(a => a.DistrictId).ShouldAllBe(g => g.Count() == 20);
    }

    [Fact]
    public async Task About_1500_stores_with_unique_retail_licences()
    {
        await using var db = fixture.CreateContext();
        var stores = await db.Stores.Select(s => new { s.RetailLicenceNumber, s.IsActive, s.Account!.State, s.EstimatedMonthlySales }).ToListAsync();
        stores.Count.ShouldBe(ExpectedStores);
        stores.Select(s => s.RetailLicenceNumber).Distinct().Count().ShouldBe(stores.Count);
        stores.ShouldAllBe(s => s.RetailLicenceNumber.Length == 12 && s.RetailLicenceNumber.All(char.IsAsciiDigit));
        stores.Where(s => s.State == AccountState.Closed).ShouldAllBe(s => !s.IsActive);
        stores.Count(s => !s.IsActive && s.State != AccountState.Closed).ShouldBeGreaterThan(0);
        stores.ShouldAllBe(s => s.EstimatedMonthlySales > 0);
        (await db.Stores.Select(s => s.CategoryId).Distinct().CountAsync()).ShouldBe(await db.CustomerCategories.CountAsync());
    }

    [Fact]
    public async Task One_hundred_and_twenty_products_some_scarce_some_discontinued()
    {
        await using var db = fixture.CreateContext();
        var products = await db.Products.OrderBy(p => p.Id).ToListAsync();
        products.Select(p => p.Code).ShouldBe(Enumerable.Range(1, 120).Select(i => $"P{i:0000}"));
        products.Count(p => p.IsScarce).ShouldBe(12);
        products.Count(p => !p.IsActive).ShouldBe(5);
        products.Select(p => p.Brand).Distinct().Count().ShouldBe(10);
        products.ShouldAllBe(p => p.ListPrice > 0);
    }

    [Fact]
    public async Task Twenty_four_consecutive_months_of_sales_for_live_chains_only()
    {
        await using var db = fixture.CreateContext();
        var months = await db.MonthlySales.Select(s => s.Month).Distinct().OrderBy(m => m).ToListAsync();
        months.Count.ShouldBe(24);
        months.Last().ShouldBe(months.First().AddMonths(23));
        (await db.MonthlySales.CountAsync()).ShouldBe(ExpectedSales);
        var states = await db.MonthlySales.Select(s => s.StoreId).Distinct()
            .Join(db.Stores, id => id, s => s.Id, (_, s) => s.Account!.State).Distinct().ToListAsync();
        states.ShouldBe([AccountState.Active, AccountState.Suspended, AccountState.Closed], ignoreOrder: true);
        (await db.MonthlySales.AllAsync(s => s.Quantity > 0 && s.Amount > 0)).ShouldBeTrue();
    }

    [Fact]
    public async Task Seeding_a_seeded_database_returns_false_and_changes_nothing()
    {
        await using var db = fixture.CreateContext();
        var before = await DemoChecksum.ReadAsync(db);
        await using var provider = DemoServices.Build(fixture.ConnectionString);
        await using var scope = provider.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync()).ShouldBeFalse();
        (await DemoChecksum.ReadAsync(db)).ShouldBe(before);
    }
}
