using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Targets;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Tests.Sales.Targets;

/// <summary>The demo targets: a total for every active chain in every month it sold, the current and the next month, near what it sold.</summary>
public sealed class DemoTargetsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Every_active_chain_has_a_total_target_for_each_month_it_sold_and_for_the_two_open_months()
    {
        await using var db = fixture.CreateContext();
        var current = SalesMonth.Current(new OrganisationCalendar(TimeProvider.System, new ConfigurationBuilder().Build()));
        var active = await db.Accounts.Where(a => a.State == AccountState.Active).Select(a => a.Id).ToListAsync();
        var totals = await db.SalesTargets.Where(t => t.ProductId == null).Select(t => new { t.AccountId, t.Month, t.Quantity }).ToListAsync();
        var sold = await (from s in db.MonthlySales
                          join st in db.Stores on s.StoreId equals st.Id
                          group s.Quantity by new { st.AccountId, s.Month } into g
                          select new { g.Key.AccountId, g.Key.Month, Quantity = g.Sum() }).ToListAsync();

        totals.Select(t => t.AccountId).Distinct().ShouldBe(active, ignoreOrder: true);
        foreach (var id in active)
        {
            totals.Where(t => t.AccountId == id && t.Month >= current).Select(t => t.Month).ShouldBe([current, current.AddMonths(1)], ignoreOrder: true);
            totals.Count(t => t.AccountId == id && t.Month < current).ShouldBe(sold.Count(s => s.AccountId == id));
        }
        // A past target is what the chain sold, give or take a planner's error of −8 % to +12 % (and rounding to tens).
        var past = totals.Where(t => t.Month < current).Join(sold, t => (t.AccountId, t.Month), s => (s.AccountId, s.Month), (t, s) => t.Quantity / (double)s.Quantity).ToList();
        past.ShouldAllBe(r => r > 0.9 && r < 1.15);
        (await db.SalesTargets.Where(t => t.ProductId != null).Select(t => t.Month).Distinct().ToListAsync())
            .ShouldBe([current, current.AddMonths(1)], ignoreOrder: true);
        var setters = await db.SalesTargets.Select(t => t.SetById).Distinct()
            .Join(db.UserRoles, id => id, ur => ur.UserId, (_, ur) => ur.RoleId).Join(db.Roles, r => r, r => r.Id, (_, r) => r.Name).Distinct().ToListAsync();
        setters.ShouldBe([Roles.MarketManager]);
    }
}
