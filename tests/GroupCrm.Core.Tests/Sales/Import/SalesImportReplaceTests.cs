using GroupCrm.Core.Sales;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Core.Tests.Sales.Import.SalesFiles;
using static GroupCrm.Core.Tests.Sales.Import.SalesImportDemo;

namespace GroupCrm.Core.Tests.Sales.Import;

/// <summary>An import replaces exactly the month × store cells its file names, and keeps what was there for a rollback.</summary>
public sealed class SalesImportReplaceTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task A_file_replaces_the_cells_it_names_and_leaves_every_other_cell_alone()
    {
        await using var db = fixture.CreateContext();
        var stores = await StoresWithSalesAsync(db, 0, 3);
        var products = await ActiveProductsAsync(db, 3);
        var (march, april) = (MonthsAgo(3), MonthsAgo(2));
        var replacedBefore = (await CellAsync(db, march, stores[0].Id)).Concat(await CellAsync(db, april, stores[1].Id)).ToList();
        var untouched = new[] { await CellAsync(db, april, stores[0].Id), await CellAsync(db, march, stores[1].Id), await CellAsync(db, march, stores[2].Id) };
        var totalBefore = await db.MonthlySales.CountAsync();

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "replace.csv", Lines(
            Header,
            $"{Text(march)},{stores[0].Licence},{products[0].Code},5,500.50",
            $"{Text(march)},{stores[0].Licence},{products[1].Code},0,0",
            $"{Text(april)},{stores[1].Licence},{products[2].Code},7,70"));

        result.Applied.ShouldBeTrue();
        var summary = result.Summary!;
        (summary.Rows, summary.FirstMonth, summary.LastMonth, summary.MonthCount, summary.StoreCount, summary.CellCount, summary.ReplacedRows)
            .ShouldBe((3, march, april, 2, 2, 2, replacedBefore.Count));
        await using var check = fixture.CreateContext();
        (await CellAsync(check, march, stores[0].Id)).ShouldBe([(products[0].Id, 5, 500.50m), (products[1].Id, 0, 0m)]);
        (await CellAsync(check, april, stores[1].Id)).ShouldBe([(products[2].Id, 7, 70m)]);
        (await CellAsync(check, april, stores[0].Id)).ShouldBe(untouched[0]);
        (await CellAsync(check, march, stores[1].Id)).ShouldBe(untouched[1]);
        (await CellAsync(check, march, stores[2].Id)).ShouldBe(untouched[2]);
        (await check.MonthlySales.CountAsync()).ShouldBe(totalBefore - replacedBefore.Count + 3);

        var import = await check.SalesImports.SingleAsync(i => i.Id == summary.ImportId);
        (import.FileName, import.RowCount, import.MonthCount, import.StoreCount, import.State).ShouldBe(("replace.csv", 3, 2, 2, SalesImportState.Applied));
        (await check.SalesImportCells.Where(c => c.ImportId == import.Id).OrderBy(c => c.Month).Select(c => new { c.Month, c.StoreId }).ToListAsync())
            .Select(c => (c.Month, c.StoreId)).ShouldBe([(march, stores[0].Id), (april, stores[1].Id)]);
        (await check.SalesImportBackups.CountAsync(b => b.ImportId == import.Id)).ShouldBe(replacedBefore.Count);
    }

    [Fact]
    public async Task Importing_the_same_month_twice_gives_the_same_totals_not_double()
    {
        await using var db = fixture.CreateContext();
        var stores = await StoresWithSalesAsync(db, 10, 5);
        var products = await ActiveProductsAsync(db, 4);
        var month = MonthsAgo(5);
        var rows = stores.SelectMany((s, i) => products.Select((p, j) => $"{Text(month)},{s.Licence},{p.Code},{i + j + 1},{(i + j + 1) * 12.5m}")).ToArray();
        var admin = await AdminAsync(db);

        await Importer(db).ImportAsync(admin, "once.csv", Lines([Header, .. rows]));
        var once = await TotalsAsync(month);
        var again = await Importer(db).ImportAsync(admin, "twice.csv", Lines([Header, .. rows]));
        var twice = await TotalsAsync(month);

        again.Summary!.ReplacedRows.ShouldBe(rows.Length);
        twice.ShouldBe(once);
        var quantity = Enumerable.Range(0, stores.Count).Sum(i => Enumerable.Range(0, products.Count).Sum(j => i + j + 1));
        once.ShouldBe((rows.Length, quantity));

        async Task<(int Rows, int Quantity)> TotalsAsync(DateOnly m)
        {
            await using var check = fixture.CreateContext();
            var ids = stores.Select(s => s.Id).ToList();
            var cells = check.MonthlySales.Where(s => s.Month == m && ids.Contains(s.StoreId));
            return (await cells.CountAsync(), await cells.SumAsync(s => s.Quantity));
        }
    }

    [Fact]
    public async Task A_spreadsheets_file_is_read_BOM_CRLF_quotes_commas_and_Chinese_text_included()
    {
        await using var db = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(db, 20, 1))[0];
        var products = await ActiveProductsAsync(db, 4);
        var month = MonthsAgo(4);
        var text = string.Join("\r\n",
            "\"Month\",Store_Licence,Product,store_name,商品名称,Quantity,Amount",
            $"{Text(month)},\"{store.Licence}\",{products[0].Code},\"华联超市, 人民路店\",\"中华（硬）\",\"12\",\"1200.5\"",
            $" {Text(month)} , {store.Licence} ,{products[1].Code},\"名字带\"\"引号\"\"\",\"第一行\r\n第二行\",3,30",
            "",
            ",,,,,,",
            $"{Text(month)},{store.Licence},{products[2].Code},,\"\",0,0.5");

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "表格.csv", Utf8(text, bom: true));

        result.Errors.Listed.ShouldBeEmpty();
        result.Summary!.Rows.ShouldBe(3);
        await using var check = fixture.CreateContext();
        (await CellAsync(check, month, store.Id)).ShouldBe([(products[0].Id, 12, 1200.5m), (products[1].Id, 3, 30m), (products[2].Id, 0, 0.5m)]);
        (await check.SalesImports.SingleAsync(i => i.Id == result.Summary.ImportId)).FileName.ShouldBe("表格.csv");
    }

    [Fact]
    public async Task Line_feeds_without_a_BOM_and_without_a_final_line_break_are_read_too()
    {
        await using var db = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(db, 21, 1))[0];
        var product = (await ActiveProductsAsync(db, 1))[0];
        var month = MonthsAgo(6);

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "C:\\exports\\lf.csv",
            Utf8($"store,product,month,amount,quantity\n{store.Licence},{product.Code},{Text(month)},99.99,9", bom: false));

        result.Applied.ShouldBeTrue();
        await using var check = fixture.CreateContext();
        (await CellAsync(check, month, store.Id)).ShouldBe([(product.Id, 9, 99.99m)]);
        (await check.SalesImports.SingleAsync(i => i.Id == result.Summary!.ImportId)).FileName.ShouldBe("lf.csv");
    }

    [Fact]
    public async Task Row_numbers_count_lines_as_an_editor_shows_them()
    {
        await using var db = fixture.CreateContext();
        var store = (await StoresWithSalesAsync(db, 22, 1))[0];
        var product = (await ActiveProductsAsync(db, 2))[1];
        var month = Text(MonthsAgo(1));

        var result = await Importer(db).ImportAsync(await AdminAsync(db), "rows.csv", Lines(
            Header + ",product_name", "", $"{month},{store.Licence},{product.Code},1,1,\"two\nlines\"", $"{month},{store.Licence},NOPE,1,1,x"));

        result.Errors.Listed.Select(e => e.Row).ShouldBe([5]);
    }
}
