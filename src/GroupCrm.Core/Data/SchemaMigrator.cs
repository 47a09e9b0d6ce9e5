using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GroupCrm.Core.Data;

/// <summary>
/// Applies the embedded SQL scripts in Data/Migrations in name order, each in its own transaction,
/// under an advisory lock so that two instances starting together cannot both migrate. Every applied
/// script's checksum is kept; an applied script that was edited afterwards stops the migration.
/// </summary>
public sealed class SchemaMigrator(string connectionString, ILogger? logger = null)
{
    private const long LockKey = 0x4752_4F55_5043_524D; // "GROUPCRM"
    private const string ResourcePrefix = "GroupCrm.Core.Data.Migrations.";

    public static IReadOnlyList<MigrationScript> EmbeddedScripts()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!, Encoding.UTF8);
                return new MigrationScript(n[ResourcePrefix.Length..], reader.ReadToEnd());
            })
            .ToList();
    }

    /// <returns>The names of the scripts applied by this call.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(IReadOnlyList<MigrationScript>? scripts = null, CancellationToken ct = default)
    {
        scripts ??= EmbeddedScripts();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await Execute(connection, $"SELECT pg_advisory_lock({LockKey})", ct);
        try
        {
            await Execute(connection, """
                CREATE TABLE IF NOT EXISTS schema_history (
                    script text PRIMARY KEY,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, ct);
            var applied = await AppliedChecksums(connection, ct);
            var done = new List<string>();
            foreach (var script in scripts)
            {
                if (applied.TryGetValue(script.Name, out var checksum))
                {
                    if (checksum != script.Checksum) throw new MigrationChangedException(script.Name, checksum, script.Checksum);
                    continue;
                }
                await Apply(connection, script, ct);
                logger?.LogInformation("Applied schema script {Script}", script.Name);
                done.Add(script.Name);
            }
            return done;
        }
        finally
        {
            await Execute(connection, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
        }
    }

    private static async Task Apply(NpgsqlConnection connection, MigrationScript script, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var run = new NpgsqlCommand(script.Sql, connection, tx)) await run.ExecuteNonQueryAsync(ct);
        await using (var record = new NpgsqlCommand("INSERT INTO schema_history (script, checksum) VALUES ($1, $2)", connection, tx))
        {
            record.Parameters.AddWithValue(script.Name);
            record.Parameters.AddWithValue(script.Checksum);
            await record.ExecuteNonQueryAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    private static async Task<Dictionary<string, string>> AppliedChecksums(NpgsqlConnection connection, CancellationToken ct)
    {
        var result = new Dictionary<string, string>();
        await using var cmd = new NpgsqlCommand("SELECT script, checksum FROM schema_history", connection);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result[reader.GetString(0)] = reader.GetString(1);
        return result;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, connection);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}

public sealed record MigrationScript(string Name, string Sql)
{
    // Line endings are normalised so that a checkout with CRLF does not count as an edit.
    public string Checksum =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n")))).ToLowerInvariant();
}

public sealed class MigrationChangedException(string script, string appliedChecksum, string currentChecksum)
    : Exception($"Schema script {script} was edited after it was applied to this database " +
                $"(applied checksum {appliedChecksum[..12]}…, now {currentChecksum[..12]}…). " +
                "Applied scripts must never change: restore the original and put the change in a new script.");
