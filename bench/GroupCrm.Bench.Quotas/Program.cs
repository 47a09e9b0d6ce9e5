using System.Globalization;
using GroupCrm.Bench.Quotas;
using GroupCrm.Core.Organisation;
using Microsoft.Extensions.Configuration;
using Npgsql;

// The compliance engine against a hand-written SQL query of the same figures: see docs/performance.md, "Visit quotas".
//   dotnet run -c Release --project bench/GroupCrm.Bench.Quotas [-- --runs 20 --factor 10]
// Each district's matrix (and all districts at once) for the last full month and the current month, on the demo
// data as seeded and multiplied by --factor. The figures of both must agree: a difference is printed, and the exit code is 1.
var runs = Option("--runs", 20);
var factor = Option("--factor", 10);
var folder = Path.Combine("/var/tmp", $"groupcrm-bench-quotas-{Environment.ProcessId}");
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 30)} GiB, load average {LoadAverage()}");

var started = DateTime.UtcNow;
try
{
    using var sets = await QuotaDataSets.StartAsync(Path.Combine(folder, "server"));
    var today = new OrganisationCalendar(TimeProvider.System, new ConfigurationBuilder().Build()).Today;
    var current = new DateOnly(today.Year, today.Month, 1);
    var lastFull = current.AddMonths(-1);
    Console.WriteLine($"Demo seeded in {(DateTime.UtcNow - started).TotalSeconds:0} s; today {today:yyyy-MM-dd} in the organisation's time zone.");

    var dataSets = new List<(string Name, string ConnectionString)>();
    foreach (var (name, times) in new[] { ("demo", 1), ($"demo × {factor}", factor) })
    {
        var built = DateTime.UtcNow;
        var connectionString = await sets.CreateAsync(times == 1 ? "quotas_1x" : $"quotas_{times}x", times);
        var size = await QuotaDataSets.SizeAsync(connectionString);
        Console.WriteLine($"{name}: {size.People:N0} people with quotas, {size.Accounts:N0} chains, {size.Stores:N0} stores, {size.Appointments:N0} HQ appointments, " +
                          $"{size.Visits:N0} visits, {size.Plans:N0} plans, {size.StoreNotices:N0} store notices (built in {(DateTime.UtcNow - built).TotalSeconds:0} s)");
        dataSets.Add((name, connectionString));
    }
    Console.WriteLine();
    Console.WriteLine($"{runs} timed calls each after 3 unmeasured ones; milliseconds, median (min–max).");
    Console.WriteLine();
    Console.WriteLine("| data | month | district | people | figures | engine | hand-written SQL | engine ÷ SQL |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
    var disagreements = 0;
    foreach (var (name, connectionString) in dataSets)
    {
        await using var services = QuotaDataSets.Services(connectionString);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var matrices = new QuotaMatrices(services, connectionString,
            new Viewer(await QuotaDataSets.AdministratorIdAsync(connection), Roles.Administrator, null));
        var districts = (await QuotaDataSets.DistrictsAsync(connectionString)).Select(d => (int?)d).Append(null).ToList();
        foreach (var month in new[] { lastFull, current })
            foreach (var district in districts)
            {
                var (engine, byEngine) = await Timing.MeasureAsync(() => matrices.EngineAsync(district, month), runs);
                var (sql, bySql) = await Timing.MeasureAsync(() => matrices.SqlAsync(district, month), runs);
                if (!byEngine.SequenceEqual(bySql))
                {
                    disagreements++;
                    foreach (var f in byEngine.Except(bySql)) Console.WriteLine($"  engine only: {f}");
                    foreach (var f in bySql.Except(byEngine)) Console.WriteLine($"  SQL only:    {f}");
                }
                Console.WriteLine($"| {name} | {month:yyyy-MM} | {(district is null ? "all" : district.ToString())} | {byEngine.Select(f => f.Person).Distinct().Count()} | " +
                                  $"{byEngine.Count}{(byEngine.SequenceEqual(bySql) ? "" : " **differ**")} | {Ms(engine)} | {Ms(sql)} | {engine.Median / sql.Median:0.0}× |");
            }
    }
    Console.WriteLine();
    Console.WriteLine(disagreements == 0 ? "Every figure of the engine equals the hand-written query's." : $"{disagreements} matrices differ.");
    Console.WriteLine($"Load average after: {LoadAverage()}; {(DateTime.UtcNow - started).TotalMinutes:0.0} min in all.");
    return disagreements == 0 ? 0 : 1;
}
finally
{
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
}

static string Ms(Timing t) => string.Create(CultureInfo.InvariantCulture, $"{t.Median:0.0} ({t.Min:0.0}–{t.Max:0.0})");

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
