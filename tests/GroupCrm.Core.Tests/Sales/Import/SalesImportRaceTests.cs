using System.Data.Common;
using GroupCrm.Core.Data;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using static GroupCrm.Core.Sales.Import.SalesImportMessages;
using static GroupCrm.Core.Tests.Sales.Import.SalesFiles;
using static GroupCrm.Core.Tests.Sales.Import.SalesImportDemo;

namespace GroupCrm.Core.Tests.Sales.Import;

/// <summary>A product deactivated between the check and the load: the load checks again and writes nothing.</summary>
public sealed class SalesImportRaceTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task A_product_made_inactive_after_the_check_stops_the_load_and_nothing_is_written()
    {
        await using var setup = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(setup, 0, 1))[0].Licence;
        var products = await ActiveProductsAsync(setup, 2);
        var admin = await AdminAsync(setup);
        var before = await FingerprintAsync(setup);
        var race = new BeforeImportLock(async () =>
        {
            await using var other = fixture.CreateContext();
            await other.Products.Where(p => p.Id == products[1].Id).ExecuteUpdateAsync(p => p.SetProperty(x => x.IsActive, false));
        });
        await using var db = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>()
            .UseNpgsql(fixture.ConnectionString).AddInterceptors(race).Options);

        var result = await Importer(db).ImportAsync(admin, "race.csv", Lines(Header,
            $"{Text(MonthsAgo(1))},{store},{products[0].Code},1,1", $"{Text(MonthsAgo(1))},{store},{products[1].Code},1,1"));

        race.Fired.ShouldBeTrue();
        result.Applied.ShouldBeFalse();
        result.Errors.Listed.Select(e => (e.Row, e.Message)).ShouldBe([(0, ChangedMeanwhile), (3, InactiveProduct)]);
        (await FingerprintAsync(setup)).ShouldBe(before);
    }

    /// <summary>Runs an action once, just before the import takes its lock (after the first pass has passed the file).</summary>
    private sealed class BeforeImportLock(Func<Task> action) : DbCommandInterceptor
    {
        public bool Fired { get; private set; }

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await FireAsync(command);
            return result;
        }

        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await FireAsync(command);
            return result;
        }

        private async Task FireAsync(DbCommand command)
        {
            if (Fired || !command.CommandText.Contains("pg_advisory_xact_lock", StringComparison.Ordinal)) return;
            Fired = true;
            await action();
        }
    }
}
