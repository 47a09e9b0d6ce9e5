using System.Globalization;
using GroupCrm.Bench.Letters;

// The monthly letters' speed goals (issue 8): see README.md and docs/performance.md, "Monthly letters (issue 8)".
//   dotnet run -c Release --project bench/GroupCrm.Bench.Letters -- [drafting|delivery|all] [--runs N] [--factors 1,10,15] [--letters N] [--batches 100,500] [--no-fsync]
// Exit code 1 when a check fails (a letter missing or twice, an outbox row not Sent).
var what = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsValue(a)) ?? "all";
if (what is not ("drafting" or "delivery" or "all"))
{
    Console.Error.WriteLine($"Unknown benchmark \"{what}\": drafting, delivery or all.");
    return 2;
}
var runs = Option("--runs", 5);
var factors = Numbers("--factors", "1,10,15");
var letters = Option("--letters", 2000);
var batchSizes = Numbers("--batches", "100,500");

var durable = !args.Contains("--no-fsync");
var folder = Path.Combine("/var/tmp", $"groupcrm-bench-letters-{Environment.ProcessId}");
Console.WriteLine($"Machine: {Machine.Describe()}; PostgreSQL {(durable ? "durable (fsync on)" : "with fsync off")}.");
var started = DateTime.UtcNow;
var ok = true;
try
{
    using var server = BenchServer.Start(Path.Combine(folder, "server"), durable);
    if (what is "drafting" or "all")
    {
        Console.WriteLine();
        Console.WriteLine("## Drafting");
        ok &= await new DraftingBench(server, factors, runs).RunAsync();
    }
    if (what is "delivery" or "all")
    {
        Console.WriteLine();
        Console.WriteLine("## Delivery");
        ok &= await new DeliveryBench(server, letters, batchSizes, Math.Min(runs, 3)).RunAsync();
    }
}
finally
{
    try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
}
Console.WriteLine();
Console.WriteLine($"Load average after: {Machine.LoadAverage()}; {(DateTime.UtcNow - started).TotalMinutes:0.0} min in all.");
return ok ? 0 : 1;

// The word after an option is its value; --no-fsync alone takes none.
bool IsValue(string arg) => Array.IndexOf(args, arg) is > 0 and var i && args[i - 1].StartsWith("--", StringComparison.Ordinal) && args[i - 1] != "--no-fsync";

string? Text(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

int Option(string name, int fallback) =>
    int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

List<int> Numbers(string name, string fallback) =>
    [.. (Text(name) ?? fallback).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(n => int.TryParse(n, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v > 0 ? v : throw new ArgumentException($"{name}: \"{n}\" is not a positive number."))];
