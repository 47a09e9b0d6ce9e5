using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Stores;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Onboarding.Records;
using Microsoft.EntityFrameworkCore;
using static GroupCrm.Core.Tests.Onboarding.Stores.StoreCsvFiles;

namespace GroupCrm.Core.Tests.Onboarding.Stores;

/// <summary>Store CSV import: a good file adds and updates in place; a file with errors lists them all and writes nothing.</summary>
public sealed class StoreCsvImportTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task A_good_file_previews_and_commits_its_adds_and_updates_in_place()
    {
        await using var db = fixture.CreateContext();
        var manager = await RecordsDemo.ViewerAsync(db, "am.west2");
        var id = await RecordsDemo.AccountOfAsync(db, "am.west2", 1);
        var existing = await db.Stores.AsNoTracking().Where(s => s.AccountId == id).OrderBy(s => s.Id).FirstAsync();
        var storesBefore = await db.Stores.CountAsync(s => s.AccountId == id);
        string[] file =
        [
            "Retail_Licence_Number,NAME,Category,address,contact,phone,Estimated Monthly Sales",
            "330102900001,\"华联 人民路店, 二号\",SUPER,\"杭州市人民路 8 号, 2 楼\",王五,0571-88881234,\"120,000\"",
            "330102900002,\"名字带\"\"引号\"\"\",便利店,\"第一行\r\n第二行\",,,",
            $"{existing.RetailLicenceNumber.ToLowerInvariant()},改名后的店,Hypermarket,新地址,赵六,138 0013 8000,99000.50",
        ];

        var preview = (await new StoreCsvImport(db).PreviewAsync(manager, id, Lines(file))).Preview;

        preview.HasErrors.ShouldBeFalse();
        preview.Rows.Select(r => (r.RowNumber, r.Action)).ShouldBe(
            [(2, StoreImportAction.Add), (3, StoreImportAction.Add), (4, StoreImportAction.Update)]);
        preview.Rows[2].StoreId.ShouldBe(existing.Id);
        (await CountAsync(s => s.AccountId == id)).ShouldBe(storesBefore); // a preview writes nothing

        var result = await new StoreCsvImport(db).CommitAsync(manager, id, Lines(file));

        result.Committed.ShouldBeTrue();
        (result.Added, result.Updated).ShouldBe((2, 1));
        await using var check = fixture.CreateContext();
        (await check.Stores.CountAsync(s => s.AccountId == id)).ShouldBe(storesBefore + 2);
        var first = await check.Stores.Include(s => s.Category).SingleAsync(s => s.RetailLicenceNumber == "330102900001");
        (first.Name, first.Address, first.Category!.Code, first.EstimatedMonthlySales).ShouldBe(("华联 人民路店, 二号", "杭州市人民路 8 号, 2 楼", "SUPER", 120_000m));
        var second = await check.Stores.Include(s => s.Category).SingleAsync(s => s.RetailLicenceNumber == "330102900002");
        (second.Name, second.Category!.Code, second.ContactName, second.EstimatedMonthlySales).ShouldBe(("名字带\"引号\"", "CONV", null, null));
        second.Address!.Replace("\r\n", "\n").ShouldBe("第一行\n第二行");
        var updated = await check.Stores.Include(s => s.Category).SingleAsync(s => s.Id == existing.Id);
        (updated.Name, updated.RetailLicenceNumber, updated.Category!.Code, updated.Phone, updated.EstimatedMonthlySales)
            .ShouldBe(("改名后的店", existing.RetailLicenceNumber, "HYPER", "138 0013 8000", 99_000.50m));
    }

    [Fact]
    public async Task A_file_with_errors_lists_every_rows_errors_and_a_commit_writes_nothing()
    {
        await using var db = fixture.CreateContext();
        var manager = await RecordsDemo.ViewerAsync(db, "am.west3");
        var id = await RecordsDemo.AccountOfAsync(db, "am.west3", 1);
        var foreign = await db.Stores.Where(s => s.AccountId != id).OrderBy(s => s.Id)
            .Select(s => new { s.RetailLicenceNumber, s.Name, Chain = s.Account!.Name }).FirstAsync();
        var total = await db.Stores.CountAsync();
        string[] file =
        [
            Header,
            "店A,FOO,330102910001,,,,",
            "店B,SUPER,330102910002,,,,",
            "店C,SUPER,330102910002,,,,",
            $"店D,SUPER,{foreign.RetailLicenceNumber},,,,",
            ",SUPER,330102910003,,,,",
            $"{new string('店', 201)},SUPER,330102910004,,,,",
            "店E,SUPER,330102910005,,,,lots",
            "店F,SUPER,330102910006,,,,-1",
            "店G,SUPER,12 34,,,call me,",
            "店H,SUPER,330102910007,,,,",
        ];

        var preview = (await new StoreCsvImport(db).CommitAsync(manager, id, Lines(file))).Preview;

        preview.FileErrors.ShouldBeEmpty();
        var errors = preview.Rows.ToDictionary(r => r.RowNumber, r => r.Errors.Select(e => e.Message).ToList());
        errors[2].ShouldBe(["Unknown customer category {0}. Use one of {1}."]);
        preview.Rows[0].Errors[0].Arguments.ShouldBe(["FOO", "HYPER, SUPER, CONV, TOBACCO, OTHER"]);
        errors[3].ShouldBe(["The retail licence number {0} appears more than once in this file (rows {1})."]);
        preview.Rows[1].Errors[0].Arguments.ShouldBe(["330102910002", "3, 4"]);
        errors[4].ShouldBe(errors[3]);
        errors[5].ShouldBe(["The retail licence number {0} is already held by store {1} ({2})."]);
        preview.Rows[3].Errors[0].Arguments.ShouldBe([foreign.RetailLicenceNumber, foreign.Name, foreign.Chain]);
        errors[6].ShouldBe(["Enter the store's name."]);
        errors[7].ShouldBe(["The store name can be at most 200 characters."]);
        errors[8].ShouldBe(["The estimated monthly sales must be a number between 0 and 100,000,000."]);
        errors[9].ShouldBe(errors[8]);
        errors[10].ShouldBe(["A retail licence number has 6 to 50 characters: digits, letters and dashes.", "A phone number may contain only digits, spaces and + - ( )."]);
        errors[11].ShouldBeEmpty();
        preview.RowsWithErrors.ShouldBe(9);
        (await CountAsync(_ => true)).ShouldBe(total);
        (await CountAsync(s => s.RetailLicenceNumber.StartsWith("3301029100"))).ShouldBe(0);
    }

    [Fact]
    public async Task Columns_the_file_leaves_out_keep_their_values_and_the_store_keeps_its_id_and_activity()
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.north1", 2);
        var store = await db.Stores.AsNoTracking().Where(s => s.AccountId == id).OrderBy(s => s.Id).FirstAsync();

        var result = await new StoreCsvImport(db).CommitAsync(admin, id,
            Utf8($"category,name,retail_licence_number\n超市,只改名字,{store.RetailLicenceNumber}\n", bom: false));

        result.Committed.ShouldBeTrue();
        (result.Added, result.Updated).ShouldBe((0, 1));
        await using var check = fixture.CreateContext();
        var after = await check.Stores.SingleAsync(s => s.Id == store.Id);
        (after.Name, after.Address, after.Phone, after.ContactName, after.EstimatedMonthlySales, after.IsActive)
            .ShouldBe(("只改名字", store.Address, store.Phone, store.ContactName, store.EstimatedMonthlySales, store.IsActive));
    }

    [Fact]
    public async Task Invalid_utf8_is_refused_with_a_clear_message()
    {
        // "中" in GBK, as a spreadsheet saves a CSV on a Chinese Windows.
        var gbk = new MemoryStream([.. System.Text.Encoding.ASCII.GetBytes(Header + "\r\n"), 0xD6, 0xD0, (byte)',', (byte)'S']);

        var preview = await PreviewAsync(gbk);

        preview.FileErrors.Select(e => e.Message).ShouldBe(["The file is not UTF-8 text. Save it as \"CSV UTF-8\" and upload it again."]);
        preview.Rows.ShouldBeEmpty();
    }

    [Fact]
    public async Task Missing_and_unknown_columns_are_named_in_file_level_errors()
    {
        var preview = await PreviewAsync(Lines("Name,Category,Adress", "店,SUPER,路"));

        preview.FileErrors.Select(e => e.Message).ShouldBe([
            "The header row lacks the required columns {0}. The columns are: {1}.",
            "The header row names unknown columns {0}. The columns are: {1}.",
        ]);
        preview.FileErrors[0].Arguments[0].ShouldBe("retail_licence_number");
        preview.FileErrors[1].Arguments[0].ShouldBe("adress");
        preview.Rows.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData(Header + "\r\n", "The file has a header row but no stores.")]
    [InlineData(Header + "\r\n,,,,,,\r\n\r\n", "The file has a header row but no stores.")]
    public async Task Empty_and_header_only_files_are_refused(string text, string message)
    {
        var preview = await PreviewAsync(Utf8(text));

        preview.FileErrors.Select(e => e.Message).ShouldBe([message]);
    }

    [Fact]
    public async Task More_than_5000_rows_are_refused()
    {
        var rows = Enumerable.Range(0, StoreCsvImport.MaxRows + 1).Select(i => $"店{i},SUPER,9{i:D8},,,,");

        var preview = await PreviewAsync(Lines([Header, .. rows]));

        preview.FileErrors.Select(e => e.Message).ShouldBe(["The file has more than 5,000 rows. Split it into smaller files."]);
    }

    [Fact]
    public async Task Exactly_5000_rows_are_read()
    {
        var rows = Enumerable.Range(0, StoreCsvImport.MaxRows).Select(i => $"店{i},SUPER,8{i:D8},,,,");

        var preview = await PreviewAsync(Lines([Header, .. rows]));

        preview.HasErrors.ShouldBeFalse();
        preview.ToAdd.ShouldBe(StoreCsvImport.MaxRows);
    }

    [Fact]
    public async Task A_file_over_2_MB_is_refused()
    {
        var preview = await PreviewAsync(Utf8(Header + "\r\n" + new string('x', StoreCsvImport.MaxBytes)));

        preview.FileErrors.Select(e => e.Message).ShouldBe(["The file is larger than 2 MB. Split it into smaller files."]);
    }

    [Fact]
    public async Task A_stray_quote_and_a_wrong_field_count_are_row_errors()
    {
        var preview = await PreviewAsync(Lines(Header, "店\"A,SUPER,330102920001,,,,", "店B,SUPER,330102920002"));

        preview.Rows[0].Errors.Select(e => e.Message).ShouldContain(m => m.StartsWith("This row has a quote in the wrong place."));
        preview.Rows[1].Errors.Select(e => e.Message).ShouldBe(["This row has {0} fields; the header row has {1}."]);
    }

    [Fact]
    public async Task Another_managers_account_is_not_found_and_the_marketing_centre_may_not_import()
    {
        await using var db = fixture.CreateContext();
        var id = await RecordsDemo.AccountOfAsync(db, "am.north3", 1);
        var import = new StoreCsvImport(db);

        (await import.CommitAsync(await RecordsDemo.ViewerAsync(db, "am.north2"), id, Lines(Header, "店,SUPER,330102930001,,,,"))).NotFound.ShouldBeTrue();
        (await import.PreviewAsync(await RecordsDemo.ViewerAsync(db, "approver"), id, Lines(Header, "店,SUPER,330102930001,,,,"))).Forbidden.ShouldBeTrue();
        (await CountAsync(s => s.RetailLicenceNumber == "330102930001")).ShouldBe(0);
    }

    private async Task<StoreImportPreview> PreviewAsync(Stream file)
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.north2", 1);
        var result = await new StoreCsvImport(db).PreviewAsync(admin, id, file);
        result.Committed.ShouldBeFalse();
        return result.Preview;
    }

    private async Task<int> CountAsync(System.Linq.Expressions.Expression<Func<GroupCrm.Core.Onboarding.Store, bool>> where)
    {
        await using CrmDbContext check = fixture.CreateContext();
        return await check.Stores.CountAsync(where);
    }
}
