using GroupCrm.Core;
using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GroupCrm.Bench;

/// <summary>
/// A private PostgreSQL server with one migrated and demo-seeded template database; every run gets a
/// fresh copy of it (CREATE DATABASE … TEMPLATE), so that each run replaces the same data.
/// </summary>
internal sealed class BenchDatabase(LocalPostgres server) : IDisposable
{
    private const string Template = "bench_template";
    private int _runs;

    public static async Task<BenchDatabase> StartAsync(string folder, bool durable)
    {
        var database = new BenchDatabase(LocalPostgres.Start(folder, durable));
        await database.ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS {Template}");
        await database.ExecuteAsync("postgres", $"CREATE DATABASE {Template}");
        var connectionString = database.Server.ConnectionString(Template);
        await new SchemaMigrator(connectionString).MigrateAsync();
        await using (var provider = Services(connectionString))
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        NpgsqlConnection.ClearAllPools(); // a template must have no open connections while it is copied
        return database;
    }

    public LocalPostgres Server => server;

    /// <summary>A fresh copy of the seeded database; its connection string.</summary>
    public async Task<string> FreshCopyAsync()
    {
        var name = $"bench_run_{++_runs}";
        await ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS {name}");
        await ExecuteAsync("postgres", $"CREATE DATABASE {name} TEMPLATE {Template}");
        return server.ConnectionString(name);
    }

    public async Task DropAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddGroupCrmCore(connectionString);
        return services.BuildServiceProvider();
    }

    public async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => server.Dispose();
}
