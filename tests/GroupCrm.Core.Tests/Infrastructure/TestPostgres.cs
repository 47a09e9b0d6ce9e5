using GroupCrm.Core;
using GroupCrm.Core.Data;
using GroupCrm.Core.DemoData;
using GroupCrm.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GroupCrm.Core.Tests.Infrastructure;

/// <summary>
/// One private PostgreSQL server for the whole test run, started with the app's own launcher.
/// Test classes get fresh databases cloned from template databases that are migrated (and, for the
/// demo template, seeded) once: CREATE DATABASE … TEMPLATE copies files and takes milliseconds.
/// </summary>
public static class TestPostgres
{
    private const string EmptyTemplate = "crm_template";
    private const string DemoTemplate = "crm_demo_template";
    private static readonly Lazy<LocalPostgres> LazyServer = new(StartServer);
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static readonly HashSet<string> ReadyTemplates = [];
    private static int _counter;

    public static LocalPostgres Server => LazyServer.Value;

    /// <summary>Creates a new database with the current schema (and the demo data when asked).</summary>
    public static async Task<string> CreateDatabaseAsync(bool withDemoData = false)
    {
        var template = withDemoData ? DemoTemplate : EmptyTemplate;
        await EnsureTemplateAsync(template);
        var name = NewName();
        await ExecuteAsync("postgres", $"CREATE DATABASE {name} TEMPLATE {template}");
        return Server.ConnectionString(name);
    }

    /// <summary>Creates a database with no schema at all.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = NewName();
        await ExecuteAsync("postgres", $"CREATE DATABASE {name}");
        return Server.ConnectionString(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static Task ExecuteAsync(string database, string sql) => ExecuteOnAsync(Server.ConnectionString(database), sql);

    public static async Task ExecuteOnAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string NewName() => $"test_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}";

    private static async Task EnsureTemplateAsync(string template)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (ReadyTemplates.Contains(template)) return;
            var connectionString = Server.ConnectionString(template);
            await ExecuteAsync("postgres", $"DROP DATABASE IF EXISTS {template}");
            await ExecuteAsync("postgres", $"CREATE DATABASE {template}");
            await new SchemaMigrator(connectionString).MigrateAsync();
            if (template == DemoTemplate) await SeedDemoAsync(connectionString);
            // A template must have no open connections while it is being copied.
            NpgsqlConnection.ClearAllPools();
            ReadyTemplates.Add(template);
        }
        finally { TemplateLock.Release(); }
    }

    private static async Task SeedDemoAsync(string connectionString)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddGroupCrmCore(connectionString);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync();
    }

    private static LocalPostgres StartServer()
    {
        RemoveFoldersOfEndedRuns();
        var folder = Path.Combine(Path.GetTempPath(), $"groupcrm-tests-{Environment.ProcessId}");
        var server = LocalPostgres.Start(folder, durable: false);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Dispose();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return server;
    }

    /// <summary>
    /// A test run that was killed (a timeout, Ctrl-C) never reaches its exit handler and leaves its server's
    /// folder behind, some hundreds of megabytes each: the next run removes those of processes that are gone.
    /// </summary>
    private static void RemoveFoldersOfEndedRuns()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), "groupcrm-tests-*"))
        {
            if (!int.TryParse(Path.GetFileName(folder)["groupcrm-tests-".Length..], out var pid) || IsRunning(pid)) continue;
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static bool IsRunning(int pid)
    {
        try { using var process = System.Diagnostics.Process.GetProcessById(pid); return !process.HasExited; }
        catch (ArgumentException) { return false; }
    }
}
