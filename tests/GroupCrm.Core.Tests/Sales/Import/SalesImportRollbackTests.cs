using GroupCrm.Core.Sales;
using GroupCrm.Core.Sales.Import;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Onboarding.Records;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Core.Tests.Sales.Import.SalesFiles;
using static GroupCrm.Core.Tests.Sales.Import.SalesImportDemo;

namespace GroupCrm.Core.Tests.Sales.Import;

/// <summary>A rollback puts back exactly the rows an import replaced; a later import of the same cells must go first.</summary>
public sealed class SalesImportRollbackTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Rolling_back_restores_the_previous_rows_exactly_and_records_who_and_when()
    {
        await using var db = fixture.CreateContext();
        var stores = await StoresWithSalesAsync(db, 30, 2);
        var product = (await ActiveProductsAsync(db, 1))[0];
        var month = MonthsAgo(2);
        var before = new[] { await CellAsync(db, month, stores[0].Id), await CellAsync(db, month, stores[1].Id) };
        var fingerprint = await SalesFingerprintAsync(db);
        var admin = await AdminAsync(db);
        var imported = await Importer(db).ImportAsync(admin, "wrong.csv", Lines(Header,
            $"{Text(month)},{stores[0].Licence},{product.Code},1,1", $"{Text(month)},{stores[1].Licence},{product.Code},2,2"));
        var approver = await RecordsDemo.ViewerAsync(db, "approver");

        var result = await Rollback(db).RollBackAsync(approver, imported.Summary!.ImportId);

        result.Done.ShouldBeTrue();
        await using var check = fixture.CreateContext();
        (await CellAsync(check, month, stores[0].Id)).ShouldBe(before[0]);
        (await CellAsync(check, month, stores[1].Id)).ShouldBe(before[1]);
        (await SalesFingerprintAsync(check)).ShouldBe(fingerprint);
        var import = await check.SalesImports.SingleAsync(i => i.Id == imported.Summary.ImportId);
        (import.State, import.RolledBackById).ShouldBe((SalesImportState.RolledBack, approver.UserId));
        import.RolledBackAt!.Value.ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));

        var again = await Rollback(db).RollBackAsync(admin, import.Id);
        (again.Done, again.Message).ShouldBe((false, SalesImportMessages.AlreadyRolledBack));
        (await SalesFingerprintAsync(check)).ShouldBe(fingerprint);
    }

    [Fact]
    public async Task A_rollback_is_refused_while_a_later_import_holds_some_of_the_same_cells_and_works_in_order()
    {
        await using var db = fixture.CreateContext();
        var stores = await StoresWithSalesAsync(db, 40, 3);
        var product = (await ActiveProductsAsync(db, 1))[0];
        var month = MonthsAgo(3);
        var original = await CellAsync(db, month, stores[1].Id);
        var fingerprint = await SalesFingerprintAsync(db);
        var admin = await AdminAsync(db);
        var first = (await Importer(db).ImportAsync(admin, "first.csv", Lines(Header,
            $"{Text(month)},{stores[0].Licence},{product.Code},1,1", $"{Text(month)},{stores[1].Licence},{product.Code},1,1"))).Summary!;
        var second = (await Importer(db).ImportAsync(admin, "second.csv", Lines(Header,
            $"{Text(month)},{stores[1].Licence},{product.Code},2,2", $"{Text(month)},{stores[2].Licence},{product.Code},2,2"))).Summary!;
        var unrelated = (await Importer(db).ImportAsync(admin, "other-month.csv", Lines(Header,
            $"{Text(MonthsAgo(4))},{stores[1].Licence},{product.Code},3,3"))).Summary!;

        var blocked = await Rollback(db).RollBackAsync(admin, first.ImportId);

        (blocked.Done, blocked.Message).ShouldBe((false, SalesImportMessages.LaterImport));
        blocked.Arguments[..2].ShouldBe([second.ImportId, "second.csv"]);
        (await CellAsync(db, month, stores[1].Id)).ShouldBe([(product.Id, 2, 2m)]);

        (await Rollback(db).RollBackAsync(admin, second.ImportId)).Done.ShouldBeTrue();
        (await CellAsync(db, month, stores[1].Id)).ShouldBe([(product.Id, 1, 1m)]); // the first import's figures again
        (await Rollback(db).RollBackAsync(admin, first.ImportId)).Done.ShouldBeTrue();
        (await CellAsync(db, month, stores[1].Id)).ShouldBe(original);
        (await Rollback(db).RollBackAsync(admin, unrelated.ImportId)).Done.ShouldBeTrue();
        (await SalesFingerprintAsync(db)).ShouldBe(fingerprint);
    }

    [Fact]
    public async Task Managers_may_not_roll_back_and_an_unknown_import_is_not_found()
    {
        await using var db = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(db, 50, 1))[0];
        var product = (await ActiveProductsAsync(db, 1))[0];
        var admin = await AdminAsync(db);
        var import = (await Importer(db).ImportAsync(admin, "keep.csv", Lines(Header, $"{Text(MonthsAgo(1))},{store.Licence},{product.Code},1,1"))).Summary!;

        (await Rollback(db).RollBackAsync(await RecordsDemo.ViewerAsync(db, "mm.north"), import.ImportId)).Forbidden.ShouldBeTrue();
        (await Rollback(db).RollBackAsync(admin, 999_999)).NotFound.ShouldBeTrue();
        (await db.SalesImports.AsNoTracking().SingleAsync(i => i.Id == import.ImportId)).State.ShouldBe(SalesImportState.Applied);
    }

    [Fact]
    public async Task The_history_lists_imports_newest_first_with_who_when_file_rows_months_stores_and_state()
    {
        await using var db = fixture.CreateContext();
        var stores = await StoresWithSalesAsync(db, 60, 2);
        var product = (await ActiveProductsAsync(db, 1))[0];
        var admin = await AdminAsync(db);
        var approver = await RecordsDemo.ViewerAsync(db, "approver");
        var older = (await Importer(db).ImportAsync(admin, "older.csv", Lines(Header,
            $"{Text(MonthsAgo(6))},{stores[0].Licence},{product.Code},1,1", $"{Text(MonthsAgo(4))},{stores[1].Licence},{product.Code},1,1"))).Summary!;
        var newer = (await Importer(db).ImportAsync(approver, "newer.csv", Lines(Header, $"{Text(MonthsAgo(1))},{stores[0].Licence},{product.Code},1,1"))).Summary!;
        await Rollback(db).RollBackAsync(approver, newer.ImportId);
        var names = await db.Users.Where(u => u.Id == admin.UserId || u.Id == approver.UserId).ToDictionaryAsync(u => u.Id, u => u.DisplayName);

        var page = await new SalesImportHistory(db).PageAsync(admin, 0, 50);
        var mine = page.Entries.Where(e => e.Id == older.ImportId || e.Id == newer.ImportId).ToList();

        mine.Select(e => (e.FileName, e.ImportedBy, e.Rows, e.FirstMonth, e.LastMonth, e.MonthCount, e.StoreCount, e.State, e.RolledBackBy)).ShouldBe(
        [
            ("newer.csv", names[approver.UserId], 1, MonthsAgo(1), MonthsAgo(1), 1, 1, SalesImportState.RolledBack, names[approver.UserId]),
            ("older.csv", names[admin.UserId], 2, MonthsAgo(6), MonthsAgo(4), 2, 2, SalesImportState.Applied, null),
        ]);
        page.Entries.Select(e => e.ImportedAt).ShouldBeInOrder(SortDirection.Descending);
        page.Total.ShouldBe(await db.SalesImports.CountAsync());
        (await new SalesImportHistory(db).PageAsync(await RecordsDemo.ViewerAsync(db, "am.east1"), 0, 50)).Entries.ShouldBeEmpty();
    }

    private static async Task<(int Rows, long Quantity, decimal Amount)> SalesFingerprintAsync(GroupCrm.Core.Data.CrmDbContext db) =>
        (await db.MonthlySales.CountAsync(), await db.MonthlySales.SumAsync(s => (long)s.Quantity), await db.MonthlySales.SumAsync(s => s.Amount));
}
