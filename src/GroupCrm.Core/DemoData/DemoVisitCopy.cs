using Npgsql;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Writes the visits demo with binary COPY, parents before children, with the ids the book gave the rows;
/// then moves each table's id sequence past its last row, as the seeder does for every table it fills.
/// </summary>
internal static class DemoVisitCopy
{
    private static readonly string[] Sequenced = ["visit_plans", "planned_visits", "hq_appointments", "visits", "follow_ups"];

    public static async Task<(int Visit, int FollowUp, int Appointment, int Plan, int PlannedVisit)> FirstIdsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var next = new int[Sequenced.Length];
        for (var i = 0; i < Sequenced.Length; i++)
        {
            await using var command = new NpgsqlCommand($"SELECT coalesce(max(id), 0) + 1 FROM {Sequenced[i]}", connection);
            next[i] = (int)(await command.ExecuteScalarAsync(ct))!;
        }
        return (next[3], next[4], next[2], next[0], next[1]);
    }

    public static async Task WriteAsync(NpgsqlConnection connection, DemoVisitBook book, CancellationToken ct)
    {
        await CopyAsync(connection, DemoPlanRows.Files, book.Photos, DemoPlanRows.Write, ct);
        await CopyAsync(connection, DemoPlanRows.Plans, book.Plans, DemoPlanRows.Write, ct);
        await CopyAsync(connection, DemoPlanRows.PlannedVisits, book.Plans.SelectMany(p => p.Visits), DemoPlanRows.Write, ct);
        await CopyAsync(connection, DemoPlanRows.Appointments, book.Appointments, DemoPlanRows.Write, ct);
        await CopyAsync(connection, DemoVisitRows.Visits, book.Visits, DemoVisitRows.Write, ct);
        await CopyAsync(connection, DemoVisitRows.Checks, book.Visits.SelectMany(v => v.ProductChecks), DemoVisitRows.Write, ct);
        await CopyAsync(connection, DemoVisitRows.FollowUps, book.Visits.SelectMany(v => v.FollowUps), DemoVisitRows.Write, ct);
        foreach (var table in Sequenced)
        {
            await using var command = new NpgsqlCommand(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 0) + 1, false) FROM {table}", connection);
            await command.ExecuteScalarAsync(ct);
        }
    }

    private static async Task CopyAsync<T>(NpgsqlConnection connection, string table, IEnumerable<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY {table} FROM STDIN (FORMAT BINARY)", ct);
        writer.Timeout = TimeSpan.FromMinutes(2);
        foreach (var row in rows)
        {
            writer.StartRow();
            write(writer, row);
        }
        await writer.CompleteAsync(ct);
    }
}

/// <summary>Writing a value that may be missing: NULL for null.</summary>
internal static class DemoCopyValues
{
    public static void Nullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlTypes.NpgsqlDbType type) where T : struct
    {
        if (value is { } v) w.Write(v, type);
        else w.WriteNull();
    }

    public static void Nullable(NpgsqlBinaryImporter w, string? value, NpgsqlTypes.NpgsqlDbType type)
    {
        if (value is null) w.WriteNull();
        else w.Write(value, type);
    }
}
