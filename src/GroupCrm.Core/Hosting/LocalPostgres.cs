using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace GroupCrm.Core.Hosting;

/// <summary>
/// A private PostgreSQL server in a folder of ours, for development and tests when no database is
/// configured. PostgreSQL refuses to run as root, so as root the server runs as the postgres user.
/// </summary>
public sealed class LocalPostgres : IDisposable
{
    private const string SuperUser = "crm";
    private readonly string _bin;
    private readonly string _dataDir;
    private readonly bool _asPostgresUser = Environment.IsPrivilegedProcess;
    // runuser lives in /usr/sbin, which a root shell's PATH does not always include.
    private static readonly string RunUser = new[] { "/usr/sbin/runuser", "/sbin/runuser" }.FirstOrDefault(File.Exists) ?? "runuser";
    private bool _stopped;

    public int Port { get; }
    public string Password { get; }

    private LocalPostgres(string bin, string baseDir, int port, string password)
    {
        _bin = bin;
        _dataDir = Path.Combine(baseDir, "pg");
        Port = port;
        Password = password;
    }

    /// <summary>
    /// Starts (initialising on first use) the server kept in <paramref name="baseDir"/>; reuses one already
    /// running there. <paramref name="binFolder"/> names the PostgreSQL programs' folder; by default they are searched for.
    /// </summary>
    public static LocalPostgres Start(string baseDir, bool durable = true, string? binFolder = null)
    {
        var bin = binFolder is null ? PostgresBinaries.FindBinDirectory() : PostgresBinaries.Check(binFolder);
        if (bin is null) throw new PostgresNotFoundException();
        baseDir = Path.GetFullPath(baseDir);
        Directory.CreateDirectory(baseDir);
        var passwordFile = Path.Combine(baseDir, "password");
        if (!File.Exists(passwordFile))
            File.WriteAllText(passwordFile, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        var password = File.ReadAllText(passwordFile).Trim();

        var running = RunningPort(baseDir);
        var server = new LocalPostgres(bin, baseDir, running ?? FreeLoopbackPort(), password);
        if (server._asPostgresUser) server.GiveToPostgresUser(baseDir);
        if (!File.Exists(Path.Combine(server._dataDir, "PG_VERSION"))) server.InitDb(passwordFile);
        if (running is null) server.StartServer(Path.Combine(baseDir, "postgres.log"), durable);
        return server;
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1", Port = Port, Username = SuperUser, Password = Password, Database = database,
    }.ConnectionString;

    /// <summary>Creates the database if it does not exist yet and returns its connection string.</summary>
    public string EnsureDatabase(string database)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (exists.ExecuteScalar() is null)
            new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection).ExecuteNonQuery();
        return ConnectionString(database);
    }

    public void Dispose()
    {
        if (_stopped) return;
        _stopped = true;
        Run("pg_ctl", "stop", "-D", _dataDir, "-m", "fast", "-w");
    }

    private void InitDb(string passwordFile) =>
        Run("initdb", "-D", _dataDir, "-U", SuperUser, "--pwfile", passwordFile, "--auth", "scram-sha-256",
            "--encoding", "UTF8", "--locale", "C");

    // Throw-away servers (tests) skip fsync: much faster, and their data need not survive a power cut.
    private void StartServer(string logFile, bool durable) =>
        Run("pg_ctl", "start", "-D", _dataDir, "-l", logFile, "-w", "-t", "60", "-o",
            $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300" +
            (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"));

    // A server left running by a process that was killed is reused rather than started twice.
    private static int? RunningPort(string baseDir)
    {
        var pidFile = Path.Combine(baseDir, "pg", "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        try
        {
            var lines = File.ReadAllLines(pidFile);
            if (lines.Length < 4 || !int.TryParse(lines[0], out var pid) || !int.TryParse(lines[3], out var port)) return null;
            using var process = Process.GetProcessById(pid);
            return process.HasExited ? null : port;
        }
        catch (ArgumentException) { return null; }
        catch (IOException) { return null; }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void GiveToPostgresUser(string baseDir)
    {
        RunAsRoot("chown", "-R", "postgres:postgres", baseDir);
        // The postgres user must be able to reach the folder; a clone under a private home may not allow it.
        var probe = RunProcess(RunUser, ["-u", "postgres", "--", "test", "-w", baseDir], throwOnError: false);
        if (probe != 0)
            throw new InvalidOperationException(
                $"The postgres user cannot reach {baseDir}. Allow traversal of its parent folders (chmod o+x) " +
                "or set LocalDatabase__Folder to a folder under /var/tmp.");
    }

    private void Run(string program, params string[] args)
    {
        var exe = Path.Combine(_bin, program);
        if (_asPostgresUser) RunProcess(RunUser, ["-u", "postgres", "--", exe, .. args]);
        else RunProcess(exe, args);
    }

    private static void RunAsRoot(string program, params string[] args) => RunProcess(program, args);

    private static int RunProcess(string program, string[] args, bool throwOnError = true)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 && throwOnError)
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} {string.Join(' ', args)} failed ({process.ExitCode}): {stderr}{stdout.Result}");
        return process.ExitCode;
    }
}

public sealed class PostgresNotFoundException() : Exception(PostgresBinaries.MissingMessage);
