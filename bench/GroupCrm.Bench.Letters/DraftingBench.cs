using System.Diagnostics;
using System.Text;
using GroupCrm.Core.Data;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Bench.Letters;

/// <summary>
/// Drafting the previous month's letters, as the drafting job does it (a scope of its own, then
/// <see cref="LetterDrafting.DraftMonthAsync"/>), on the demo and on the demo multiplied: the first run, which creates
/// every letter, and a second run, which regenerates them all; the facts alone (<see cref="LetterFacts.ForMonthAsync"/>);
/// and rendering every drafted letter with its template, as review and approval do. After each run, checks that
/// there is exactly one letter per active account and none for any other account.
/// </summary>
internal sealed class DraftingBench(BenchServer server, IReadOnlyList<int> factors, int runs)
{
    public async Task<bool> RunAsync()
    {
        var ok = true;
        var rows = new List<string>();
        foreach (var times in factors)
        {
            var name = times == 1 ? "demo" : $"demo × {times}";
            var built = Stopwatch.GetTimestamp();
            var connectionString = await server.DemoAsync(times == 1 ? "letters_1x" : $"letters_{times}x", times);
            await using var services = BenchServer.Services(connectionString);
            var month = LetterMonths.Previous(services.GetRequiredService<OrganisationCalendar>().Today);
            var size = await SizeAsync(connectionString, month);
            Console.WriteLine($"{name}: {size} (built in {Stopwatch.GetElapsedTime(built).TotalSeconds:0} s).");

            // The first call on the data set (new connections, new query plans); on the first data set also the first in
            // the process (EF Core's model, the queries' compilation, the templates' first compile). From no letters:
            // the seed drafted the demo's own, which neither tenfold script copies.
            await ForgetLettersAsync(connectionString);
            var cold = Stopwatch.GetTimestamp();
            var first = await DraftAsync(services, month);
            var coldSeconds = Stopwatch.GetElapsedTime(cold).TotalSeconds;
            ok &= await CheckAsync(connectionString, month, first, created: true, $"{name}, first call");

            var creating = new List<double>();
            var regenerating = new List<double>();
            var allocated = new List<double>();
            var report = first;
            for (var run = 0; run < runs; run++)
            {
                await ForgetLettersAsync(connectionString);
                var start = Stopwatch.GetTimestamp();
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                report = await DraftAsync(services, month);
                creating.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
                allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - bytes) / 1048576.0);
                ok &= await CheckAsync(connectionString, month, report, created: true, $"{name}, run {run + 1}");

                start = Stopwatch.GetTimestamp();
                var again = await DraftAsync(services, month);
                regenerating.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
                ok &= await CheckAsync(connectionString, month, again, created: false, $"{name}, run {run + 1} again");
            }

            var facts = new List<double>();
            var snapshots = 0;
            for (var run = 0; run < runs; run++)
            {
                await using var scope = services.CreateAsyncScope();
                var start = Stopwatch.GetTimestamp();
                snapshots = (await scope.ServiceProvider.GetRequiredService<LetterFacts>().ForMonthAsync(month)).Count;
                facts.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }

            var (rendering, htmlKb, textKb) = await RenderAllAsync(services, month);
            rows.Add($"| {name} | {report.Accounts:N0} | {coldSeconds:0.00} | **{new Timing(creating).Show()}** | **{new Timing(regenerating).Show()}** | " +
                     $"{new Timing(facts).Show()} ({snapshots:N0}) | {rendering:0.00} | {htmlKb.Min():0}–{htmlKb.Max():0} KB, text {textKb.Min():0}–{textKb.Max():0} KB | {new Timing(allocated).Show("0")} MB |");
        }

        Console.WriteLine();
        Console.WriteLine($"Seconds, median (min–max) of {runs} runs after the first call on the data set; each run drafts from no letters, then drafts again.");
        Console.WriteLine();
        Console.WriteLine("| data | letters | first call on the data set | drafting, creating | drafting again, regenerating | facts alone (snapshots) | rendering every letter once | rendered size | allocated per drafting |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var row in rows) Console.WriteLine(row);
        Console.WriteLine();
        Console.WriteLine(ok ? "After every run: exactly one letter per active account, none for any other account, every one with sales." : "**Letters were missing, repeated or empty: see above.**");
        return ok;
    }

    private static async Task ForgetLettersAsync(string connectionString)
    {
        // The seed's letters are drafts, so nothing in the outbox refers to them; a real month starts with none.
        await BenchServer.ExecuteOnAsync(connectionString, "DELETE FROM sales_letters");
        await BenchServer.ExecuteOnAsync(connectionString, "VACUUM ANALYZE sales_letters");
    }

    private static async Task<DraftingReport> DraftAsync(ServiceProvider services, DateOnly month)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LetterDrafting>().DraftMonthAsync(month);
    }

    /// <summary>Each letter rendered with its template version, as the review page and approval do; seconds for all, and the sizes.</summary>
    private static async Task<(double Seconds, List<double> HtmlKb, List<double> TextKb)> RenderAllAsync(ServiceProvider services, DateOnly month)
    {
        await using var scope = services.CreateAsyncScope();
        var letters = await scope.ServiceProvider.GetRequiredService<CrmDbContext>().SalesLetters.AsNoTracking().Where(l => l.Month == month).ToListAsync();
        var rendering = scope.ServiceProvider.GetRequiredService<LetterRendering>();
        var (html, text) = (new List<double>(), new List<double>());
        var start = Stopwatch.GetTimestamp();
        foreach (var letter in letters)
        {
            var rendered = await rendering.RenderAsync(letter);
            html.Add(Encoding.UTF8.GetByteCount(rendered.HtmlBody) / 1024.0);
            text.Add(Encoding.UTF8.GetByteCount(rendered.TextBody) / 1024.0);
        }
        return (Stopwatch.GetElapsedTime(start).TotalSeconds, html, text);
    }

    /// <summary>One letter per active account for the month and none for other accounts, all in the report, each with the month's sales.</summary>
    private static async Task<bool> CheckAsync(string connectionString, DateOnly month, DraftingReport report, bool created, string what)
    {
        var m = $"DATE '{month:yyyy-MM-dd}'";
        var active = await BenchServer.CountAsync(connectionString, "SELECT count(*) FROM group_accounts WHERE state = 'Active'");
        var letters = await BenchServer.CountAsync(connectionString, $"SELECT count(*) FROM sales_letters WHERE month = {m}");
        var accounts = await BenchServer.CountAsync(connectionString, $"SELECT count(DISTINCT account_id) FROM sales_letters WHERE month = {m}");
        var withoutLetter = await BenchServer.CountAsync(connectionString,
            $"SELECT count(*) FROM group_accounts a WHERE a.state = 'Active' AND NOT EXISTS (SELECT 1 FROM sales_letters l WHERE l.account_id = a.id AND l.month = {m})");
        var notActive = await BenchServer.CountAsync(connectionString,
            $"SELECT count(*) FROM sales_letters l JOIN group_accounts a ON a.id = l.account_id WHERE l.month = {m} AND a.state <> 'Active'");
        var withoutSales = await BenchServer.CountAsync(connectionString, $"SELECT count(*) FROM sales_letters WHERE month = {m} AND NOT (snapshot->>'hasSales')::boolean");
        var reported = created ? (report.Created, report.Regenerated) : (report.Regenerated, report.Created);
        if (letters == active && accounts == active && withoutLetter == 0 && notActive == 0 && withoutSales == 0
            && report.Accounts == active && reported == ((int)active, 0)) return true;
        Console.WriteLine($"  {what}: {active} active accounts, {letters} letters for {accounts} accounts, {withoutLetter} active without one, " +
                          $"{notActive} for accounts not active, {withoutSales} without sales; report: {report.Summary}");
        return false;
    }

    private static async Task<string> SizeAsync(string connectionString, DateOnly month)
    {
        async Task<long> Count(string sql) => await BenchServer.CountAsync(connectionString, sql);
        var m = $"DATE '{month:yyyy-MM-dd}'";
        return $"{await Count("SELECT count(*) FROM group_accounts WHERE state = 'Active'"):N0} active accounts of {await Count("SELECT count(*) FROM group_accounts"):N0}, " +
               $"{await Count("SELECT count(*) FROM stores"):N0} stores, {await Count("SELECT count(*) FROM monthly_sales"):N0} sales rows " +
               $"({await Count($"SELECT count(*) FROM monthly_sales WHERE month = {m}"):N0} in the month), " +
               $"{await Count($"SELECT count(*) FROM demand_forecasts WHERE month = {m}"):N0} forecast lines and {await Count($"SELECT count(*) FROM sales_targets WHERE month = {m}"):N0} targets in the month, " +
               $"{await Count($"SELECT count(*) FROM market_bulletins WHERE month = {m}"):N0} bulletins and " +
               $"{await Count($"SELECT count(*) FROM visit_product_checks c JOIN visits v ON v.id = c.visit_id WHERE v.visited_on >= {m} AND v.visited_on < {m} + interval '1 month'"):N0} product checks in the month";
    }
}
