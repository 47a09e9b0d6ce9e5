using System.Globalization;
using System.Reflection;
using GroupCrm.Core;
using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GroupCrm.Bench.Letters;

/// <summary>
/// A private PostgreSQL server for the letters' benchmarks, durable (fsync on) as the app runs it unless told otherwise: drafting and
/// delivery both write, and their commits are part of what is measured. Databases are made here: an empty migrated
/// one for the outbox, and the demo as seeded or multiplied in SQL for drafting.
/// </summary>
internal sealed class BenchServer(LocalPostgres server) : IDisposable
{
    private const string DemoTemplate = "letters_bench_demo";
    private bool _demoSeeded;

    /// <param name="durable">false: fsync off, to see how much of a figure is waiting for the disk.</param>
    public static BenchServer Start(string folder, bool durable = true) => new(LocalPostgres.Start(folder, durable));

    /// <summary>A new database with the app's schema and no data.</summary>
    public async Task<string> EmptyAsync(string name)
    {
        await RecreateAsync(name, template: null);
        var connectionString = server.ConnectionString(name);
        await new SchemaMigrator(connectionString).MigrateAsync();
        return connectionString;
    }

    /// <summary>
    /// A copy of the demo multiplied <paramref name="factor"/> times (1: as seeded): the quotas' tenfold script for
    /// people, chains, stores and visits, then ours for the sales, targets, forecasts and product checks letters read.
    /// </summary>
    public async Task<string> DemoAsync(string name, int factor)
    {
        await SeedDemoOnceAsync();
        await RecreateAsync(name, DemoTemplate);
        if (factor > 1)
        {
            var times = factor.ToString(CultureInfo.InvariantCulture);
            // One command: the second script uses the first one's temporary table of copies.
            await ExecuteAsync(name, Script("TenfoldDataSet.sql").Replace("{factor}", times) + ";\n" + Script("TenfoldLetterData.sql").Replace("{factor}", times));
        }
        // Statistics as autovacuum keeps them on a running server: a fresh copy has none yet.
        await ExecuteAsync(name, "VACUUM ANALYZE");
        return server.ConnectionString(name);
    }

    /// <summary>The app's Core services on a database, with the default settings plus <paramref name="settings"/>.</summary>
    /// <param name="replace">Registrations made after the app's own, which they override.</param>
    public static ServiceProvider Services(string connectionString, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? replace = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build());
        services.AddGroupCrmCore(connectionString);
        replace?.Invoke(services);
        return services.BuildServiceProvider();
    }

    public static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        return Convert.ToInt64(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static async Task ExecuteOnAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 1200 };
        await command.ExecuteNonQueryAsync();
    }

    private async Task SeedDemoOnceAsync()
    {
        if (_demoSeeded) return;
        await RecreateAsync(DemoTemplate, template: null);
        var connectionString = server.ConnectionString(DemoTemplate);
        await new SchemaMigrator(connectionString).MigrateAsync();
        await using (var provider = Services(connectionString))
        await using (var scope = provider.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
        NpgsqlConnection.ClearAllPools(); // a template must have no open connections while it is copied
        _demoSeeded = true;
    }

    private async Task RecreateAsync(string name, string? template)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await ExecuteAsync("postgres", template is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {template}");
    }

    private Task ExecuteAsync(string database, string sql) => ExecuteOnAsync(server.ConnectionString(database), sql);

    private static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        return new StreamReader(stream).ReadToEnd();
    }

    public void Dispose() => server.Dispose();
}
