using Npgsql;

namespace GroupCrm.Core.Tests.Data;

/// <summary>
/// Reads a database's schema as comparable lines: columns with type and nullability, constraints
/// and indexes with their definitions. Quartz's tables and the migration history are not ours to compare.
/// </summary>
internal static class SchemaSnapshot
{
    private const string OwnTables = @"table_name <> 'schema_history' AND table_name NOT LIKE 'qrtz\_%'";

    public static async Task<IReadOnlyList<string>> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var lines = new List<string>();
        lines.AddRange(await Lines(connection, $"""
            SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type
                || coalesce('(' || character_maximum_length || ')', '')
                || coalesce('(' || numeric_precision || ',' || numeric_scale || ')', '')
                || CASE WHEN is_nullable = 'YES' THEN ' null' ELSE ' not null' END
                || CASE WHEN is_identity = 'YES' THEN ' identity' ELSE '' END
            FROM information_schema.columns WHERE table_schema = 'public' AND {OwnTables}
            """));
        lines.AddRange(await Lines(connection, """
            SELECT 'constraint ' || rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
            JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public' AND rel.relname <> 'schema_history' AND rel.relname NOT LIKE 'qrtz\_%'
            """));
        lines.AddRange(await Lines(connection, $"""
            SELECT 'index ' || indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> 'schema_history' AND tablename NOT LIKE 'qrtz\_%'
            """));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> Lines(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }
}
