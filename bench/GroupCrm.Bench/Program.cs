using System.Globalization;
using GroupCrm.Bench;

// The sales import against PostgreSQL's own COPY of the same file: see docs/performance.md.
//   dotnet run -c Release --project bench/GroupCrm.Bench [-- --rows 1000000 --runs 3 --fast]
// --fast runs the server without fsync (as the tests do); by default it is durable, as the app runs.
var rows = Option("--rows", 1_000_000);
var runs = Option("--runs", 3);
var durable = !args.Contains("--fast");
var folder = Path.Combine("/var/tmp", $"groupcrm-bench-{Environment.ProcessId}");
Directory.CreateDirectory(folder);
Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1 << 30)} GiB, load average {LoadAverage()}");
Console.WriteLine($"PostgreSQL: private server, {(durable ? "durable (fsync on)" : "fsync off")}; demo data seeded once, a fresh copy per run.");

using var database = await BenchDatabase.StartAsync(Path.Combine(folder, "server"), durable);
try
{
    var seeded = await database.FreshCopyAsync();
    var lastMonth = LastFullMonth();
    var file = Path.Combine(folder, $"sales-{rows}.csv");
    var shape = await SalesFileGenerator.WriteAsync(seeded, file, rows, lastMonth);
    var small = Path.Combine(folder, "sales-100000.csv");
    await SalesFileGenerator.WriteAsync(seeded, small, Math.Min(rows, 100_000), lastMonth);
    await database.DropAsync(seeded);
    Console.WriteLine($"File: {shape.Rows:N0} rows, {shape.Bytes / 1048576.0:N1} MB, {shape.FirstMonth:yyyy-MM} to {shape.LastMonth:yyyy-MM}, " +
                      $"{shape.Stores:N0} stores × {shape.Products} active products a month.");
    Console.WriteLine();
    Console.WriteLine("| run | importer total | check | check again + COPY to staging | replace | rows replaced | peak working set | GC allocated | COPY csv | ratio | INSERT floor |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    var results = new List<(ImporterRun.Result Import, TimeSpan Copy, TimeSpan Floor)>();
    for (var run = 1; run <= runs; run++)
    {
        var target = await database.FreshCopyAsync();
        var import = await ImporterRun.RunAsync(target, file);
        var (copy, copied) = await CopyRun.RunAsync(target, file);
        if (copied != rows || import.Summary.Rows != rows) throw new InvalidOperationException($"Loaded {import.Summary.Rows} and {copied} rows, not {rows}.");
        var floor = await InsertFloorRun.RunAsync(target);
        await database.DropAsync(target);
        results.Add((import, copy, floor));
        Console.WriteLine(Row(run.ToString(CultureInfo.InvariantCulture), import, copy, floor));
    }
    var median = results.OrderBy(r => r.Import.Total).ElementAt(results.Count / 2).Import;
    var medianCopy = results.Select(r => r.Copy).Order().ElementAt(results.Count / 2);
    var medianFloor = results.Select(r => r.Floor).Order().ElementAt(results.Count / 2);
    Console.WriteLine(Row("median", median, medianCopy, medianFloor));

    var flat = await database.FreshCopyAsync();
    var hundredThousand = await ImporterRun.RunAsync(flat, small);
    await database.DropAsync(flat);
    Console.WriteLine();
    Console.WriteLine($"Memory does not grow with the file: {hundredThousand.Summary.Rows:N0} rows peaked at {Mb(hundredThousand.PeakWorkingSet)} " +
                      $"(GC allocated {Mb(hundredThousand.Allocated)}); {rows:N0} rows at {Mb(median.PeakWorkingSet)} (GC allocated {Mb(median.Allocated)}).");
    Console.WriteLine($"Load average after: {LoadAverage()}");
}
finally
{
    database.Dispose();
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
}
return 0;

string Row(string run, ImporterRun.Result r, TimeSpan copy, TimeSpan floor) =>
    $"| {run} | {Seconds(r.Total)} | {Seconds(r.Summary.Validating)} | {Seconds(r.Summary.Staging)} | {Seconds(r.Summary.Replacing)} | {r.Summary.ReplacedRows:N0} | " +
    $"{Mb(r.PeakWorkingSet)} (from {Mb(r.StartWorkingSet)}) | {Mb(r.Allocated)} | {Seconds(copy)} | {r.Total / copy:0.0}× | {Seconds(floor)} |";

static string Seconds(TimeSpan t) => $"{t.TotalSeconds:0.0} s";

static string Mb(long bytes) => $"{bytes / 1048576.0:N0} MB";

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

// The last full month in the organisation's default time zone, as the demo data counts them.
static DateOnly LastFullMonth()
{
    var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);
    return new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
