using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Letters.Drafting;

/// <summary>
/// One letter per chain and month whatever happens: two app instances drafting at the same moment, a run that
/// dies half-way, a run cancelled as the app stops. The database's unique index and upsert see to it.
/// </summary>
public sealed class DraftingConcurrencyTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Two_runs_at_once_on_two_connections_leave_one_letter_per_chain()
    {
        var month = DraftingDemo.MonthsBack(6);
        await using var one = DraftingDemo.Services(fixture.ConnectionString);
        await using var two = DraftingDemo.Services(fixture.ConnectionString);
        await using var db = fixture.CreateContext();
        var active = await DraftingDemo.ActiveAccountsAsync(db);

        // Small batches interleave the two runs' writes row by row.
        var reports = await Task.WhenAll(
            Task.Run(() => DraftingDemo.DraftAsync(one, month, batchSize: 5)),
            Task.Run(() => DraftingDemo.DraftAsync(two, month, batchSize: 7)));

        var letters = await DraftingDemo.LettersAsync(db, month);
        letters.Select(l => l.AccountId).ShouldBe(active);
        // Each run wrote every chain: one created it, the other drafted it again.
        letters.ShouldAllBe(l => l.Generation == 2);
        reports.Sum(r => r.Created).ShouldBe(active.Count);
        reports.Sum(r => r.Regenerated).ShouldBe(active.Count);
        reports.ShouldAllBe(r => r.Accounts == active.Count && r.Approved == 0);
    }

    [Fact]
    public async Task A_run_that_fails_half_way_leaves_whole_letters_and_the_next_run_completes_the_month()
    {
        var month = DraftingDemo.MonthsBack(7);
        var failing = new LetterWriteInterceptor(3, () => throw new InvalidOperationException("The database server went away."));
        await using (var crashing = DraftingDemo.Services(fixture.ConnectionString, failing))
            await Should.ThrowAsync<InvalidOperationException>(() => DraftingDemo.DraftAsync(crashing, month, batchSize: 10));
        await using var db = fixture.CreateContext();
        var active = await DraftingDemo.ActiveAccountsAsync(db);

        var written = await DraftingDemo.LettersAsync(db, month);
        written.Select(l => l.AccountId).ShouldBe(active.Take(20)); // two whole batches, the third not at all
        await using var services = DraftingDemo.Services(fixture.ConnectionString);
        var report = await DraftingDemo.DraftAsync(services, month, batchSize: 10);

        report.ShouldBe(new DraftingReport(month, active.Count, active.Count - 20, 20, 0));
        (await DraftingDemo.LettersAsync(db, month)).Select(l => l.AccountId).ShouldBe(active);
    }

    [Fact]
    public async Task A_run_cancelled_as_the_app_stops_leaves_whole_letters_and_the_next_run_completes_the_month()
    {
        var month = DraftingDemo.MonthsBack(8);
        using var stopping = new CancellationTokenSource();
        var interceptor = new LetterWriteInterceptor(2, stopping.Cancel);
        await using (var stopped = DraftingDemo.Services(fixture.ConnectionString, interceptor))
            await Should.ThrowAsync<OperationCanceledException>(() => DraftingDemo.DraftAsync(stopped, month, batchSize: 15, stopping.Token));
        await using var db = fixture.CreateContext();
        var active = await DraftingDemo.ActiveAccountsAsync(db);

        var written = await DraftingDemo.LettersAsync(db, month);
        (written.Count % 15 == 0 || written.Count == active.Count).ShouldBeTrue($"{written.Count} letters: not whole batches");
        written.Count.ShouldBeLessThan(active.Count);
        await using var services = DraftingDemo.Services(fixture.ConnectionString);
        var report = await DraftingDemo.DraftAsync(services, month, batchSize: 15);

        report.ShouldBe(new DraftingReport(month, active.Count, active.Count - written.Count, written.Count, 0));
        (await DraftingDemo.LettersAsync(db, month)).Select(l => l.AccountId).ShouldBe(active);
        (await db.SalesLetters.GroupBy(l => new { l.AccountId, l.Month }).CountAsync(g => g.Count() > 1)).ShouldBe(0);
    }
}
