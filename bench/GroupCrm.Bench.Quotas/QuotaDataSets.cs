using System.Reflection;
using GroupCrm.Core;
using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GroupCrm.Bench.Quotas;

/// <summary>How big a data set is, in the rows the quotas read.</summary>
internal sealed record DataSetSize(long People, long Accounts, long Stores, long Appointments, long Visits, long Plans, long StoreNotices);

/// <summary>
/// A private PostgreSQL server with the demo data seeded once into a template, and the two data sets measured:
/// a copy of the demo as it is, and a copy multiplied by SQL (TenfoldDataSet.sql).
/// </summary>
internal sealed class QuotaDataSets(LocalPostgres server) : IDisposable
{
    private const string Template = "quota_bench_template";

    public static async Task<QuotaDataSets> StartAsync(string folder)
    {
        // Fsync off, as the tests run it: the benchmark only reads, and the set-up writes are thrown away.
        var sets = new QuotaDataSets(LocalPostgres.Start(folder, durable: false));
        try
        {
            await sets.ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS {Template}");
            await sets.ExecuteAsync("postgres", $"CREATE DATABASE {Template}");
            var connectionString = sets._server.ConnectionString(Template);
            await new SchemaMigrator(connectionString).MigrateAsync();
            await using (var provider = Services(connectionString))
            await using (var scope = provider.CreateAsyncScope())
                await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
            NpgsqlConnection.ClearAllPools(); // a template must have no open connections while it is copied
            return sets;
        }
        catch
        {
            sets.Dispose();
            throw;
        }
    }

    private readonly LocalPostgres _server = server;

    /// <summary>A copy of the demo multiplied <paramref name="factor"/> times (1: as seeded).</summary>
    public async Task<string> CreateAsync(string name, int factor)
    {
        await ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS {name}");
        await ExecuteAsync("postgres", $"CREATE DATABASE {name} TEMPLATE {Template}");
        if (factor > 1) await ExecuteAsync(name, Script("TenfoldDataSet.sql").Replace("{factor}", factor.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // Statistics as autovacuum keeps them on a running server: a freshly seeded copy has none yet.
        await ExecuteAsync(name, "ANALYZE");
        return _server.ConnectionString(name);
    }

    public static async Task<DataSetSize> SizeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        async Task<long> Count(string sql) => (long)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;
        return new DataSetSize(
            await Count("SELECT count(*) FROM user_roles ur JOIN roles r ON r.id = ur.role_id WHERE r.name IN ('AccountManager', 'MarketManager')"),
            await Count("SELECT count(*) FROM group_accounts"), await Count("SELECT count(*) FROM stores"),
            await Count("SELECT count(*) FROM hq_appointments"), await Count("SELECT count(*) FROM visits"),
            await Count("SELECT count(*) FROM visit_plans"), await Count("SELECT count(*) FROM allocation_notices WHERE store_id IS NOT NULL"));
    }

    public static async Task<int> AdministratorIdAsync(NpgsqlConnection connection) =>
        (int)(await new NpgsqlCommand("SELECT id FROM users WHERE user_name = 'admin'", connection).ExecuteScalarAsync())!;

    public static async Task<int[]> DistrictsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var reader = await new NpgsqlCommand("SELECT id FROM districts ORDER BY id", connection).ExecuteReaderAsync();
        var ids = new List<int>();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt32(0));
        return [.. ids];
    }

    /// <summary>The app's Core services on a database, with the default settings (organisation time zone Asia/Shanghai).</summary>
    public static ServiceProvider Services(string connectionString)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGroupCrmCore(connectionString);
        return services.BuildServiceProvider();
    }

    public static string Script(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{name} is not embedded.");
        return new StreamReader(stream).ReadToEnd();
    }

    private async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _server.Dispose();
}
