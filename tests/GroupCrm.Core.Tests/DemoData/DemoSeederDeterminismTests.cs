using GroupCrm.Core.DemoData;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GroupCrm.Core.Tests.DemoData;

/// <summary>Seeding empty databases: the same data every time, and all or nothing.</summary>
public sealed class DemoSeederDeterminismTests
{
    // Mid-month in China, so the sales window is August 2023 to July 2025.
    private static readonly DateTimeOffset Now = new(2025, 8, 15, 10, 0, 0, TimeSpan.FromHours(8));

    [Fact]
    public async Task Two_empty_databases_seeded_in_the_same_month_hold_identical_data()
    {
        var first = await SeedFreshAsync();
        var second = await SeedFreshAsync();
        first.ShouldBe(second);
        first.Sales.ShouldBe(DemoSeederTests.ExpectedSales);
        first.Stores.ShouldBe(DemoSeederTests.ExpectedStores);
        first.FirstMonth.ShouldBe(new DateOnly(2023, 8, 1));
        first.LastMonth.ShouldBe(new DateOnly(2025, 7, 1));
    }

    [Fact]
    public async Task A_seed_that_fails_half_way_leaves_the_database_empty()
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
                (await db.Users.CountAsync()).ShouldBe(DemoLogins.All.Count);
        }
        finally { await TestPostgres.DropDatabaseAsync(connectionString); }
    }

    private static async Task<DemoChecksum> SeedFreshAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            (await SeedAsync(connectionString)).ShouldBeTrue();
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

    private static GroupCrm.Core.Data.CrmDbContext Context(string connectionString) =>
        new(new DbContextOptionsBuilder<GroupCrm.Core.Data.CrmDbContext>().UseNpgsql(connectionString).Options);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
