using System.Diagnostics;
using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Sales.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Bench;

/// <summary>Our importer, end to end (spool, validate, stage with binary COPY, replace, commit), as the upload page calls it.</summary>
internal static class ImporterRun
{
    public sealed record Result(TimeSpan Total, SalesImportSummary Summary, long StartWorkingSet, long PeakWorkingSet, long Allocated, int Gen2Collections);

    public static async Task<Result> RunAsync(string connectionString, string file)
    {
        await using var provider = BenchDatabase.Services(connectionString);
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CrmDbContext>();
        var admin = await db.Users.Where(u => u.UserName == "admin").Select(u => u.Id).SingleAsync();
        var importer = scope.ServiceProvider.GetRequiredService<SalesImporter>();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gen2 = GC.CollectionCount(2);
        var memory = new MemorySampler();
        var clock = Stopwatch.StartNew();
        SalesImportResult result;
        try
        {
            await using var content = File.OpenRead(file);
            result = await importer.ImportAsync(new Viewer(admin, Roles.Administrator, null), Path.GetFileName(file), content);
            clock.Stop();
        }
        finally { memory.Dispose(); }

        if (result.Summary is null)
            throw new InvalidOperationException("The import was refused: " + string.Join("; ", result.Errors.Listed.Take(5).Select(e => $"{e.Row}: {e.Message}")));
        return new Result(clock.Elapsed, result.Summary, memory.Start, memory.Peak,
            GC.GetTotalAllocatedBytes(precise: true) - allocated, GC.CollectionCount(2) - gen2);
    }
}
