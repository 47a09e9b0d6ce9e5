using System.Diagnostics;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace GroupCrm.Bench.Quotas;

/// <summary>One person's figures on one rule: what the engine and the hand-written query must agree on.</summary>
internal sealed record QuotaFigure(int Person, string Rule, bool Applies, int Required, int Actual);

/// <summary>
/// A district's matrix for a month, two ways. The engine as a page request uses it: a new scope (a new DbContext),
/// the audience of an administrator narrowed to the district, then the engine on those people. The hand-written
/// query: one statement on a pooled connection, rows read into memory.
/// </summary>
internal sealed class QuotaMatrices(ServiceProvider services, string connectionString, Viewer administrator)
{
    private readonly string _sql = QuotaDataSets.Script("HandWrittenCounts.sql");
    private readonly OrganisationCalendar _calendar = services.GetRequiredService<OrganisationCalendar>();

    public async Task<IReadOnlyList<QuotaFigure>> EngineAsync(int? district, DateOnly month)
    {
        await using var scope = services.CreateAsyncScope();
        var people = await scope.ServiceProvider.GetRequiredService<QuotaAudience>().VisibleToAsync(administrator, district);
        var judged = await scope.ServiceProvider.GetRequiredService<ComplianceEngine>().ForPeopleAsync(people, month);
        return [.. judged.SelectMany(p => p.Rules.Select(r => new QuotaFigure(
                p.Person.UserId, r.Rule.ToString(), r.Status != QuotaStatus.NotApplicable, r.Required, r.Actual)))
            .OrderBy(f => f.Person).ThenBy(f => f.Rule, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<QuotaFigure>> SqlAsync(int? district, DateOnly month)
    {
        var over = month < new DateOnly(_calendar.Today.Year, _calendar.Today.Month, 1);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(_sql, connection);
        command.Parameters.Add(new NpgsqlParameter("district", NpgsqlDbType.Integer) { Value = (object?)district ?? DBNull.Value });
        command.Parameters.AddWithValue("month", month);
        command.Parameters.AddWithValue("next", month.AddMonths(1));
        command.Parameters.AddWithValue("cutoff", over ? LastInstant(month) : DateTimeOffset.UtcNow);
        command.Parameters.AddWithValue("over", over);
        await using var reader = await command.ExecuteReaderAsync();
        var figures = new List<QuotaFigure>();
        while (await reader.ReadAsync())
            figures.Add(new QuotaFigure(reader.GetInt32(0), reader.GetString(1), reader.GetBoolean(2), reader.GetInt32(3), reader.GetInt32(4)));
        return [.. figures.OrderBy(f => f.Person).ThenBy(f => f.Rule, StringComparer.Ordinal)];
    }

    /// <summary>The month's last microsecond: just before local midnight after its last day (what the engine reads states at).</summary>
    private DateTimeOffset LastInstant(DateOnly month)
    {
        var midnight = month.AddMonths(1).ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, _calendar.TimeZone.GetUtcOffset(midnight)).ToUniversalTime().AddTicks(-TimeSpan.TicksPerMicrosecond);
    }
}

/// <summary>Milliseconds of repeated calls after a few unmeasured ones (JIT, plan and connection caches).</summary>
internal sealed record Timing(IReadOnlyList<double> Milliseconds)
{
    public double Median => Milliseconds.Order().ElementAt(Milliseconds.Count / 2);
    public double Min => Milliseconds.Min();
    public double Max => Milliseconds.Max();

    public static async Task<(Timing Timing, T Last)> MeasureAsync<T>(Func<Task<T>> call, int runs, int warmUps = 3)
    {
        var last = default(T)!;
        for (var i = 0; i < warmUps; i++) last = await call();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            last = await call();
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (new Timing(times), last);
    }
}
