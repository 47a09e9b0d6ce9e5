using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Forecasts;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Onboarding.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Tests.Sales.Forecasts;

/// <summary>The demo forecasts give the accuracy pages something to show: six scored months, realistic errors, some products not forecast.</summary>
public sealed class DemoForecastsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Five_managers_forecast_the_last_six_closed_months_with_realistic_errors()
    {
        await using var db = fixture.CreateContext();
        var scores = new ForecastScores(db, new OrganisationCalendar(TimeProvider.System, new ConfigurationBuilder().Build()));
        var admin = await RecordsDemo.ViewerAsync(db, "admin");

        var table = await scores.TableAsync(admin);

        table.Months.Count.ShouldBe(6);
        string[] forecasters = ["am.east1", "am.east2", "am.west1", "am.west2", "am.north1"];
        var names = await db.Users.Where(u => forecasters.Contains(u.UserName!)).Select(u => u.DisplayName).ToListAsync();
        table.Managers.Select(m => m.Name).ShouldBe(names, ignoreOrder: true);
        // Realistic: roughly three quarters right, never perfect, never hopeless.
        table.Managers.ShouldAllBe(m => m.Months.All(c => c.Accuracy > 0.5 && c.Accuracy < 0.95));
        table.Accounts.Count.ShouldBeGreaterThan(10);
        table.Accounts.Sum(a => a.Overall.NotForecast).ShouldBeGreaterThan(0);
        (await db.DemandForecasts.MinAsync(f => f.Month)).ShouldBe(table.Months[0]);
        var last = table.Months[^1];
        (await db.DemandForecasts.AnyAsync(f => f.Month > last)).ShouldBeFalse(); // next month is left for the managers
    }

    [Fact]
    public async Task An_account_manager_without_forecasts_sees_an_empty_table_and_one_with_forecasts_only_their_own()
    {
        await using var db = fixture.CreateContext();
        var scores = new ForecastScores(db, new OrganisationCalendar(TimeProvider.System, new ConfigurationBuilder().Build()));
        var east1 = await RecordsDemo.ViewerAsync(db, "am.east1");
        var own = await db.Accounts.Where(a => a.AccountManagerId == east1.UserId).Select(a => a.Id).ToListAsync();

        (await scores.TableAsync(await RecordsDemo.ViewerAsync(db, "am.east3"))).Accounts.ShouldBeEmpty();
        var table = await scores.TableAsync(east1);
        table.Accounts.ShouldNotBeEmpty();
        table.Accounts.ShouldAllBe(a => own.Contains(a.Id));
        table.Managers.Select(m => m.Id).ShouldBe([east1.UserId]);
    }
}
