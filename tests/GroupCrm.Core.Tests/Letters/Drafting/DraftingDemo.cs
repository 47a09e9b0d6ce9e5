using GroupCrm.Core.Data;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Letters.Drafting;

/// <summary>Drafting on a copy of the demo database with the app's own services, today being the real today.</summary>
internal static class DraftingDemo
{
    /// <summary>The Core services; with an interceptor, every context they make runs its commands through it.</summary>
    public static ServiceProvider Services(string connectionString, IInterceptor? interceptor = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddGroupCrmCore(connectionString);
        if (interceptor is not null)
            services.AddScoped(_ => new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>().UseNpgsql(connectionString).AddInterceptors(interceptor).Options));
        return services.BuildServiceProvider();
    }

    public static async Task<DraftingReport> DraftAsync(ServiceProvider services, DateOnly month, int? batchSize = null, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var drafting = scope.ServiceProvider.GetRequiredService<LetterDrafting>();
        if (batchSize is { } size) drafting.BatchSize = size;
        return await drafting.DraftMonthAsync(month, ct);
    }

    /// <summary>The closed month <paramref name="back"/> months before today's (1 = the previous month).</summary>
    public static DateOnly MonthsBack(int back) => LetterMonths.Previous(Calendar.Today).AddMonths(1 - back);

    public static OrganisationCalendar Calendar { get; } = new(TimeProvider.System, new ConfigurationBuilder().Build());

    public static Task<List<int>> ActiveAccountsAsync(CrmDbContext db) =>
        db.Accounts.Where(a => a.State == AccountState.Active).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();

    public static Task<List<SalesLetter>> LettersAsync(CrmDbContext db, DateOnly month) =>
        db.SalesLetters.AsNoTracking().Where(l => l.Month == month).OrderBy(l => l.AccountId).ToListAsync();

    /// <summary>The whole row as PostgreSQL prints it, and its xmin: equal only when nothing at all was written to it.</summary>
    public static async Task<string> RowAsync(CrmDbContext db, int letterId) =>
        await db.Database.SqlQuery<string>($"""SELECT l.xmin::text || ' ' || l::text AS "Value" FROM sales_letters l WHERE l.id = {letterId}""").SingleAsync();

    public static Task ApproveAsync(CrmDbContext db, int letterId, int approverId) => db.Database.ExecuteSqlAsync($"""
        UPDATE sales_letters SET state = 'Approved', approved_by_id = {approverId}, approved_at = now(),
            subject = 'Review', html_body = '<p>Review</p>', text_body = 'Review'
        WHERE id = {letterId}
        """);

    public static Task SendBackAsync(CrmDbContext db, int letterId, int byId) => db.Database.ExecuteSqlAsync($"""
        UPDATE sales_letters SET state = 'SentBack', sent_back_reason = '数字不对', sent_back_by_id = {byId}, sent_back_at = now()
        WHERE id = {letterId}
        """);

    public static Task NoteAsync(CrmDbContext db, int letterId, string note, string suggestions) => db.Database.ExecuteSqlAsync($"""
        UPDATE sales_letters SET personal_note = {note}, suggestions = {suggestions} WHERE id = {letterId}
        """);
}

/// <summary>Fails (or cancels the run at) the n-th statement that writes letters, as a crash half-way through would.</summary>
internal sealed class LetterWriteInterceptor(int at, Action onReached) : DbCommandInterceptor
{
    private int _writes;

    public int Writes => _writes;

    public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
        System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("INSERT INTO sales_letters", StringComparison.Ordinal) && Interlocked.Increment(ref _writes) == at)
            onReached();
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
