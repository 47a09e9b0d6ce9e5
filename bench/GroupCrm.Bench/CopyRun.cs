using System.Diagnostics;
using Npgsql;

namespace GroupCrm.Bench;

/// <summary>
/// The physical limit: PostgreSQL's own CSV COPY of the same file, streamed from the client as it is on
/// disk (as psql's \copy does), into a table with the file's columns and no key, index or constraint.
/// </summary>
internal static class CopyRun
{
    private const string Table = "sales_copy_baseline";

    public static async Task<(TimeSpan Elapsed, long Rows)> RunAsync(string connectionString, string file)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand(
            $"CREATE TABLE {Table} (month text NOT NULL, store text NOT NULL, product text NOT NULL, quantity integer NOT NULL, amount numeric(14,2) NOT NULL)",
            connection))
            await create.ExecuteNonQueryAsync();

        var clock = Stopwatch.StartNew();
        // Npgsql's raw stream takes binary COPY only; its text writer passes the file's characters through unparsed.
        await using (var copy = await connection.BeginTextImportAsync($"COPY {Table} (month, store, product, quantity, amount) FROM STDIN (FORMAT csv, HEADER)"))
        using (var content = new StreamReader(file, System.Text.Encoding.UTF8, false, 1 << 16))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await content.ReadAsync(buffer)) > 0) await copy.WriteAsync(buffer, 0, read);
        }
        clock.Stop();

        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {Table}", connection);
        return (clock.Elapsed, (long)(await count.ExecuteScalarAsync())!);
    }
}
