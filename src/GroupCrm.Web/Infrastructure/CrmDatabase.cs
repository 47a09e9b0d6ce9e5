using GroupCrm.Core.Hosting;
using Npgsql;

namespace GroupCrm.Web.Infrastructure;

/// <summary>
/// The database the app uses: ConnectionStrings:Crm when set; otherwise a private PostgreSQL server
/// in LocalDatabase:Folder (default .data/postgres under the app folder), stopped again on dispose.
/// LocalDatabase:BinFolder picks the PostgreSQL programs when several versions are installed.
/// </summary>
public sealed class CrmDatabase : IDisposable
{
    private const string LocalDatabaseName = "groupcrm";
    private readonly LocalPostgres? _server;

    public string ConnectionString { get; }
    public string Description { get; }

    private CrmDatabase(string connectionString, LocalPostgres? server, string description)
    {
        ConnectionString = connectionString;
        _server = server;
        Description = description;
    }

    public static CrmDatabase Open(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString("Crm");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var csb = new NpgsqlConnectionStringBuilder(configured);
            return new CrmDatabase(configured, null, $"database {csb.Database} on {csb.Host}:{csb.Port}");
        }
        var folder = Path.GetFullPath(configuration["LocalDatabase:Folder"] ?? ".data/postgres", contentRoot);
        var server = LocalPostgres.Start(folder, binFolder: configuration["LocalDatabase:BinFolder"]);
        return new CrmDatabase(server.EnsureDatabase(LocalDatabaseName), server,
            $"local PostgreSQL in {folder} on port {server.Port}");
    }

    public void Dispose() => _server?.Dispose();
}
