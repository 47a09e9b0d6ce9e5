using System.Diagnostics;
using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>Seeding empty databases: all or nothing, and the same data every time (visits, plans and appointments included).</summary>
public sealed class DemoSeederDeterminismTests(ITestOutputHelper output)
{
    // Mid-month in China, so the sales window is August 2023 to July 2025.
    private static readonly DateTimeOffset Now = new(2025, 8, 15, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Two_empty_databases_seeded_in_the_same_month_hold_identical_data_even_after_a_failed_seed()
    {
        var first = await SeedFreshAsync();
        var second = await SeedAfterFailureAsync();
        second.ShouldBe(first);
        first.Sales.ShouldBe(DemoSeederTests.ExpectedSales);
        first.Stores.ShouldBe(DemoSeederTests.ExpectedStores);
        first.Quantity.ShouldBe(8_087_137);
        first.Amount.ShouldBe(1_749_637_034.29m);
        first.FirstMonth.ShouldBe(new DateOnly(2023, 8, 1));
        first.LastMonth.ShouldBe(new DateOnly(2025, 7, 1));
        new[] { first.TimelineHash, first.DocumentsHash, first.FilesHash, first.SurveysHash }.ShouldNotContain("(none)");
        first.Visits.ShouldSatisfyAllConditions(v => v.Visits.ShouldBeGreaterThan(10_000), v => v.ProductChecks.ShouldBeGreaterThan(40_000),
            v => v.Appointments.ShouldBeGreaterThan(1_000), v => v.Plans.ShouldBeGreaterThan(200), v => v.FollowUps.ShouldBeGreaterThan(500));
    }

    // A seed that fails half-way leaves the database empty, and the next seed writes the usual data.
    private async Task<DemoChecksum> SeedAfterFailureAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            // A product code the seeder also uses makes it fail after the users and districts are written.
            await using (var db = Context(connectionString))
                await db.Database.ExecuteSqlRawAsync("INSERT INTO products (code, brand, name, name_en, price_band, unit, list_price, is_scarce, is_active) VALUES ('P0001', 'x', 'x', 'x', 'A', '条', 1, false, true)");
            await Should.ThrowAsync<DbUpdateException>(() => SeedAsync(connectionString));
            await using (var db = Context(connectionString))
            {
                (await db.Users.CountAsync()).ShouldBe(0);
                (await db.Districts.CountAsync()).ShouldBe(0);
                await db.Products.ExecuteDeleteAsync();
            }
            (await SeedAsync(connectionString)).ShouldBeTrue();
            await using (var db = Context(connectionString))
                return await DemoChecksum.ReadAsync(db);
        }
        finally { await TestPostgres.DropDatabaseAsync(connectionString); }
    }

    private async Task<DemoChecksum> SeedFreshAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var watch = Stopwatch.StartNew();
            (await SeedAsync(connectionString)).ShouldBeTrue();
            output.WriteLine($"Seeded in {watch.Elapsed.TotalSeconds:0.0} s");
            await using var db = Context(connectionString);
            return await DemoChecksum.ReadAsync(db);
        }
        finally { await TestPostgres.DropDatabaseAsync(connectionString); }
    }

    private static async Task<bool> SeedAsync(string connectionString)
    {
        await using var provider = DemoServices.Build(connectionString, new FixedClock(Now));
        await using var scope = provider.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
    }

    private static CrmDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<CrmDbContext>().UseNpgsql(connectionString).Options);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
