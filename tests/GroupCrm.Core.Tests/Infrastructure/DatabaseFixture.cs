using GroupCrm.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Infrastructure;

/// <summary>A fresh, migrated, empty database for one test class.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    protected virtual bool WithDemoData => false;

    public string ConnectionString { get; private set; } = "";

    public CrmDbContext CreateContext() =>
        new(new DbContextOptionsBuilder<CrmDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task InitializeAsync() => ConnectionString = await TestPostgres.CreateDatabaseAsync(WithDemoData);

    public Task DisposeAsync() => TestPostgres.DropDatabaseAsync(ConnectionString);
}

/// <summary>A fresh copy of the seeded demo database for one test class.</summary>
public sealed class DemoDatabaseFixture : DatabaseFixture
{
    protected override bool WithDemoData => true;
}
