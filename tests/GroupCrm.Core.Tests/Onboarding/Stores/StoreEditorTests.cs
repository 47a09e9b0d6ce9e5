using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Onboarding.Stores;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Onboarding.Records;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Onboarding.Stores;

/// <summary>The store editor on the demo data: rules, the system-wide licence number, activity, and concurrent saves.</summary>
public sealed class StoreEditorTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task A_store_is_added_with_trimmed_values_and_an_upper_case_licence_number()
    {
        await using var db = fixture.CreateContext();
        var manager = await RecordsDemo.ViewerAsync(db, "am.east1");
        var id = await RecordsDemo.AccountOfAsync(db, "am.east1", 0);

        var result = await new StoreEditor(db, TimeProvider.System).AddAsync(manager, id, await InputAsync(db, " 华联 人民路店 ", " 330102ab-01 "));

        result.Succeeded.ShouldBeTrue();
        await using var check = fixture.CreateContext();
        var store = await check.Stores.SingleAsync(s => s.Id == result.Id);
        (store.AccountId, store.Name, store.RetailLicenceNumber, store.IsActive).ShouldBe((id, "华联 人民路店", "330102AB-01", true));
        store.EstimatedMonthlySales.ShouldBe(250_000m);
    }

    [Fact]
    public async Task A_licence_number_held_by_any_store_is_refused_with_the_holder_and_its_chain_named()
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.east2", 0);
        var holder = await db.Stores.Where(s => s.AccountId != id).OrderBy(s => s.Id)
            .Select(s => new { s.RetailLicenceNumber, s.Name, Chain = s.Account!.Name }).FirstAsync();
        var before = await db.Stores.CountAsync();

        var result = await new StoreEditor(db, TimeProvider.System).AddAsync(admin, id, await InputAsync(db, "新店", holder.RetailLicenceNumber.ToLowerInvariant()));

        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("RetailLicenceNumber");
        error.Message.ShouldBe("The retail licence number {0} is already held by store {1} ({2}).");
        error.Arguments.ShouldBe([holder.RetailLicenceNumber, holder.Name, holder.Chain]);
        await using var check = fixture.CreateContext();
        (await check.Stores.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_licence_number_taken_between_the_check_and_the_insert_gets_the_same_message()
    {
        const string licence = "RACE-330102";
        var interceptor = new BeforeFirstStoreInsert(async () =>
        {
            // Another user's store takes the number after the editor checked it was free.
            await using var other = fixture.CreateContext();
            var otherAccount = await RecordsDemo.AccountOfAsync(other, "am.west1", 0);
            var category = await other.CustomerCategories.Select(c => c.Id).FirstAsync();
            other.Stores.Add(new() { AccountId = otherAccount, Name = "抢先店", RetailLicenceNumber = licence, CategoryId = category });
            await other.SaveChangesAsync();
        });
        await using var db = new CrmDbContext(new DbContextOptionsBuilder<CrmDbContext>()
            .UseNpgsql(fixture.ConnectionString).AddInterceptors(interceptor).Options);
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.east2", 1);

        var result = await new StoreEditor(db, TimeProvider.System).AddAsync(admin, id, await InputAsync(db, "慢一步店", licence));

        interceptor.Fired.ShouldBeTrue();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Message.ShouldBe("The retail licence number {0} is already held by store {1} ({2}).");
        error.Arguments[1].ShouldBe("抢先店");
        await using var check = fixture.CreateContext();
        (await check.Stores.Where(s => s.RetailLicenceNumber == licence).Select(s => s.Name).ToListAsync()).ShouldBe(["抢先店"]);
    }

    [Theory]
    [InlineData("Name", "", "33010212345", null)]
    [InlineData("Name", "x", "33010212345", 200)]
    [InlineData("RetailLicenceNumber", "店", "", null)]
    [InlineData("RetailLicenceNumber", "店", "12345", null)]
    [InlineData("RetailLicenceNumber", "店", "330102 123", null)]
    [InlineData("RetailLicenceNumber", "店", "３３０１０２１２３", null)]
    [InlineData("RetailLicenceNumber", "店", "<script>", null)]
    public async Task Bad_names_and_licence_numbers_are_refused(string field, string name, string licence, int? repeatName)
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.east3", 0);
        var input = await InputAsync(db, repeatName is { } n ? new string('店', n + 1) : name, licence);

        var result = await new StoreEditor(db, TimeProvider.System).AddAsync(admin, id, input);

        result.Errors.Select(e => e.Field).ShouldBe([field]);
    }

    [Fact]
    public async Task Unknown_category_bad_phone_and_sales_out_of_range_are_refused()
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.east3", 0);
        var input = await InputAsync(db, "店", "330102999999") with
        {
            CategoryId = -1, Phone = "call me", EstimatedMonthlySales = -5m, Address = new string('路', 301), ContactName = new string('人', 101),
        };

        var result = await new StoreEditor(db, TimeProvider.System).AddAsync(admin, id, input);

        result.Errors.Select(e => e.Field).ShouldBe(["CategoryId", "Address", "ContactName", "Phone", "EstimatedMonthlySales"]);
    }

    [Fact]
    public async Task A_store_is_deactivated_and_reactivated_and_only_under_its_own_account()
    {
        await using var db = fixture.CreateContext();
        var manager = await RecordsDemo.ViewerAsync(db, "am.north1");
        var id = await RecordsDemo.AccountOfAsync(db, "am.north1", 0);
        var otherId = await RecordsDemo.AccountOfAsync(db, "am.north1", 1);
        var store = await db.Stores.AsNoTracking().Where(s => s.AccountId == id && s.IsActive).OrderBy(s => s.Id).FirstAsync();
        var editor = new StoreEditor(db, TimeProvider.System);

        (await editor.SetActiveAsync(manager, otherId, store.Id, false, store.Version)).NotFound.ShouldBeTrue();
        (await editor.SetActiveAsync(manager, id, store.Id, false, store.Version)).Succeeded.ShouldBeTrue();
        (await IsActiveAsync(store.Id)).ShouldBeFalse();
        (await editor.SetActiveAsync(manager, id, store.Id, true, store.Version)).IsConflict.ShouldBeTrue(); // stale version
        var version = await db.Stores.Where(s => s.Id == store.Id).Select(s => s.Version).SingleAsync();
        (await editor.SetActiveAsync(manager, id, store.Id, true, version)).Succeeded.ShouldBeTrue();
        (await IsActiveAsync(store.Id)).ShouldBeTrue();
    }

    [Fact]
    public async Task Of_two_edits_from_the_same_version_the_second_is_refused_and_the_first_kept()
    {
        await using var first = fixture.CreateContext();
        await using var second = fixture.CreateContext();
        var manager = await RecordsDemo.ViewerAsync(first, "am.north2");
        var id = await RecordsDemo.AccountOfAsync(first, "am.north2", 0);
        var store = await first.Stores.AsNoTracking().Where(s => s.AccountId == id).OrderBy(s => s.Id).FirstAsync();

        var saved = await new StoreEditor(first, TimeProvider.System).UpdateAsync(manager, id, store.Id, await InputAsync(first, "第一次", store.RetailLicenceNumber), store.Version);
        var refused = await new StoreEditor(second, TimeProvider.System).UpdateAsync(manager, id, store.Id, await InputAsync(second, "第二次", store.RetailLicenceNumber), store.Version);

        saved.Succeeded.ShouldBeTrue(); // keeping its own licence number is no conflict with itself
        refused.IsConflict.ShouldBeTrue();
        await using var check = fixture.CreateContext();
        (await check.Stores.Where(s => s.Id == store.Id).Select(s => s.Name).SingleAsync()).ShouldBe("第一次");
    }

    [Fact]
    public async Task The_marketing_centre_may_not_edit_and_another_manager_does_not_find_the_account()
    {
        await using var db = fixture.CreateContext();
        var id = await RecordsDemo.AccountOfAsync(db, "am.north3", 0);
        var editor = new StoreEditor(db, TimeProvider.System);
        var input = await InputAsync(db, "不该有的店", "330102777777");

        (await editor.AddAsync(await RecordsDemo.ViewerAsync(db, "approver"), id, input)).Forbidden.ShouldBeTrue();
        (await editor.AddAsync(await RecordsDemo.ViewerAsync(db, "am.north1"), id, input)).NotFound.ShouldBeTrue();
        (await editor.AddAsync(await RecordsDemo.ViewerAsync(db, "mm.west"), id, input)).NotFound.ShouldBeTrue();
        (await db.Stores.AnyAsync(s => s.RetailLicenceNumber == "330102777777")).ShouldBeFalse();
    }

    private async Task<bool> IsActiveAsync(int storeId)
    {
        await using var check = fixture.CreateContext();
        return await check.Stores.Where(s => s.Id == storeId).Select(s => s.IsActive).SingleAsync();
    }

    private static async Task<StoreInput> InputAsync(CrmDbContext db, string name, string licence) =>
        new(name, await db.CustomerCategories.Where(c => c.Code == "SUPER").Select(c => c.Id).SingleAsync(),
            licence, "杭州市人民路 1 号", "王五", "0571-88881234", 250_000m);
}
