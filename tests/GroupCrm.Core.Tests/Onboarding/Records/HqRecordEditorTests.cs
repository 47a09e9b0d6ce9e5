using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Onboarding.Records;

/// <summary>The HQ record editor on the demo data: what it stores, what it refuses, who may use it, and concurrent saves.</summary>
public sealed class HqRecordEditorTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static HqRecordInput Valid(string name = "杭州华联超市连锁") =>
        new(name, " Hangzhou Hualian ", " 王芳 ", "杭州市人民路 88 号", "0571-8888 1234", "每周两次", "中国银行", "6222 0212 3456 7890", 120_000m);

    [Fact]
    public async Task Saves_trimmed_values_and_stores_empty_optional_fields_as_null()
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.east1", 0);

        var result = await new HqRecordEditor(db).UpdateAsync(admin, id,
            Valid() with { HqAddress = "   ", BankName = "", PlannedMonthlyVolume = null }, await RecordsDemo.VersionOfAccountAsync(db, id));

        result.Succeeded.ShouldBeTrue();
        await using var check = fixture.CreateContext();
        var account = await check.Accounts.SingleAsync(a => a.Id == id);
        account.Name.ShouldBe("杭州华联超市连锁");
        account.NameEn.ShouldBe("Hangzhou Hualian");
        account.LegalRepresentative.ShouldBe("王芳");
        account.OrderPhone.ShouldBe("0571-8888 1234");
        account.BankAccountNumber.ShouldBe("6222 0212 3456 7890");
        account.HqAddress.ShouldBeNull();
        account.BankName.ShouldBeNull();
        account.PlannedMonthlyVolume.ShouldBeNull();
    }

    public static TheoryData<string, HqRecordInput> BadInputs => new()
    {
        { "Name", Valid(" ") },
        { "Name", Valid(new string('名', 201)) },
        { "NameEn", Valid() with { NameEn = new string('x', 201) } },
        { "LegalRepresentative", Valid() with { LegalRepresentative = new string('x', 101) } },
        { "HqAddress", Valid() with { HqAddress = new string('x', 301) } },
        { "OrderPhone", Valid() with { OrderPhone = "0571-8888 ext. 12" } },
        { "OrderPhone", Valid() with { OrderPhone = "<script>" } },
        { "OrderPhone", Valid() with { OrderPhone = new string('1', 41) } },
        { "OrderFrequency", Valid() with { OrderFrequency = new string('x', 61) } },
        { "BankName", Valid() with { BankName = new string('x', 101) } },
        { "BankAccountNumber", Valid() with { BankAccountNumber = "6222-0212" } },
        { "BankAccountNumber", Valid() with { BankAccountNumber = new string('1', 61) } },
        { "PlannedMonthlyVolume", Valid() with { PlannedMonthlyVolume = -1m } },
        { "PlannedMonthlyVolume", Valid() with { PlannedMonthlyVolume = 100_000_000.01m } },
    };

    [Theory, MemberData(nameof(BadInputs))]
    public async Task Refuses_bad_input_next_to_its_field_and_writes_nothing(string field, HqRecordInput input)
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.east2", 0);
        var before = await db.Accounts.AsNoTracking().SingleAsync(a => a.Id == id);

        var result = await new HqRecordEditor(db).UpdateAsync(admin, id, input, before.Version);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => e.Field).ShouldBe([field]);
        await using var check = fixture.CreateContext();
        var after = await check.Accounts.AsNoTracking().SingleAsync(a => a.Id == id);
        after.Version.ShouldBe(before.Version);
        after.Name.ShouldBe(before.Name);
    }

    [Fact]
    public async Task Of_two_edits_from_the_same_version_the_second_is_refused_and_the_first_kept()
    {
        await using var first = fixture.CreateContext();
        await using var second = fixture.CreateContext();
        var manager = await RecordsDemo.ViewerAsync(first, "am.east1");
        var id = await RecordsDemo.AccountOfAsync(first, "am.east1", 1);
        var loaded = await RecordsDemo.VersionOfAccountAsync(first, id);

        var saved = await new HqRecordEditor(first).UpdateAsync(manager, id, Valid("第一次保存"), loaded);
        var refused = await new HqRecordEditor(second).UpdateAsync(manager, id, Valid("第二次保存"), loaded);

        saved.Succeeded.ShouldBeTrue();
        refused.IsConflict.ShouldBeTrue();
        refused.Errors.Single().Message.ShouldBe("Someone else changed this record in the meantime. Reload the page and try again.");
        await using var check = fixture.CreateContext();
        (await check.Accounts.Where(a => a.Id == id).Select(a => a.Name).SingleAsync()).ShouldBe("第一次保存");
    }

    [Fact]
    public async Task Only_the_accounts_manager_its_market_manager_and_an_administrator_may_edit()
    {
        await using var db = fixture.CreateContext();
        var id = await RecordsDemo.AccountOfAsync(db, "am.east3", 0);
        var editor = new HqRecordEditor(db);

        async Task<RecordResult> As(string user) =>
            await editor.UpdateAsync(await RecordsDemo.ViewerAsync(db, user), id, Valid("由 " + user + " 保存"), await RecordsDemo.VersionOfAccountAsync(db, id));

        (await As("am.east1")).NotFound.ShouldBeTrue();
        (await As("mm.west")).NotFound.ShouldBeTrue();
        (await As("approver")).Forbidden.ShouldBeTrue();
        (await As("mm.east")).Succeeded.ShouldBeTrue();
        (await As("am.east3")).Succeeded.ShouldBeTrue();
        await using var check = fixture.CreateContext();
        (await check.Accounts.Where(a => a.Id == id).Select(a => a.Name).SingleAsync()).ShouldBe("由 am.east3 保存");
    }
}
