using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Onboarding.Records;

/// <summary>Buyer contacts: e-mail checks, text stored as typed, lookups by (account, contact), and concurrent edits.</summary>
public sealed class BuyerContactsTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task A_contact_is_added_with_a_script_in_its_name_stored_verbatim()
    {
        await using var db = fixture.CreateContext();
        var manager = await RecordsDemo.ViewerAsync(db, "am.west1");
        var id = await RecordsDemo.AccountOfAsync(db, "am.west1", 0);
        const string name = "<script>alert('x')</script> 李四";

        var result = await new BuyerContacts(db).AddAsync(manager, id, new(name, " li.si@hualian.com.cn ", "138 0013 8000", "采购经理"));

        result.Succeeded.ShouldBeTrue();
        await using var check = fixture.CreateContext();
        var contact = await check.BuyerContacts.SingleAsync(c => c.Id == result.Id);
        contact.AccountId.ShouldBe(id);
        contact.Name.ShouldBe(name);
        contact.Email.ShouldBe("li.si@hualian.com.cn");
    }

    [Theory]
    [InlineData("", "Enter the contact's e-mail address.")]
    [InlineData("li.si", "The e-mail address is not valid.")]
    [InlineData("li.si@hualian", "The e-mail address is not valid.")]
    [InlineData("李四 <li.si@hualian.cn>", "The e-mail address is not valid.")]
    [InlineData("li si@hualian.cn", "The e-mail address is not valid.")]
    [InlineData("li.si@hualian..cn", "The e-mail address is not valid.")]
    [InlineData("li.si@@hualian.cn", "The e-mail address is not valid.")]
    [InlineData("\"<script>\"@hualian.cn", "The e-mail address is not valid.")]
    public async Task A_bad_e_mail_is_refused_and_nothing_is_written(string email, string message)
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.west2", 0);
        var before = await db.BuyerContacts.CountAsync();

        var result = await new BuyerContacts(db).AddAsync(admin, id, new("李四", email, null, null));

        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe([("Email", message)]);
        await using var check = fixture.CreateContext();
        (await check.BuyerContacts.CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Over_long_fields_are_refused_each_with_its_message()
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.west2", 0);
        var longEmail = new string('a', 64) + "@" + string.Join(".", Enumerable.Repeat(new string('b', 60), 4)) + ".cn";

        var result = await new BuyerContacts(db).AddAsync(admin, id,
            new(new string('名', 101), longEmail, "1380013800012345678901234567890123456789012", new string('x', 101)));

        longEmail.Length.ShouldBeGreaterThan(254);
        result.Errors.Select(e => e.Message).ShouldBe([
            "The name can be at most 100 characters.",
            "The e-mail address can be at most 254 characters.",
            "The phone number can be at most 40 characters.",
            "The title can be at most 100 characters.",
        ]);
    }

    [Fact]
    public async Task Of_two_edits_from_the_same_version_the_second_is_refused_and_the_first_kept()
    {
        await using var first = fixture.CreateContext();
        await using var second = fixture.CreateContext();
        var manager = await RecordsDemo.ViewerAsync(first, "am.west3");
        var id = await RecordsDemo.AccountOfAsync(first, "am.west3", 0);
        var contact = await first.BuyerContacts.AsNoTracking().Where(c => c.AccountId == id).OrderBy(c => c.Id).FirstAsync();

        var saved = await new BuyerContacts(first).UpdateAsync(manager, id, contact.Id, new("第一", "first@chain.example", null, null), contact.Version);
        var refused = await new BuyerContacts(second).UpdateAsync(manager, id, contact.Id, new("第二", "second@chain.example", null, null), contact.Version);
        var removeRefused = await new BuyerContacts(second).RemoveAsync(manager, id, contact.Id, contact.Version);

        saved.Succeeded.ShouldBeTrue();
        refused.IsConflict.ShouldBeTrue();
        removeRefused.IsConflict.ShouldBeTrue();
        await using var check = fixture.CreateContext();
        (await check.BuyerContacts.SingleAsync(c => c.Id == contact.Id)).Email.ShouldBe("first@chain.example");
    }

    [Fact]
    public async Task A_contact_is_found_only_under_its_own_account_and_can_be_removed()
    {
        await using var db = fixture.CreateContext();
        var admin = await RecordsDemo.ViewerAsync(db, "admin");
        var id = await RecordsDemo.AccountOfAsync(db, "am.north1", 0);
        var other = await RecordsDemo.AccountOfAsync(db, "am.north1", 1);
        var contact = await db.BuyerContacts.AsNoTracking().Where(c => c.AccountId == id).OrderBy(c => c.Id).FirstAsync();
        var contacts = new BuyerContacts(db);

        (await contacts.UpdateAsync(admin, other, contact.Id, new("张三", "z@chain.example", null, null), contact.Version)).NotFound.ShouldBeTrue();
        (await contacts.RemoveAsync(admin, other, contact.Id, contact.Version)).NotFound.ShouldBeTrue();
        (await contacts.RemoveAsync(admin, id, contact.Id, contact.Version)).Succeeded.ShouldBeTrue();

        await using var check = fixture.CreateContext();
        (await check.BuyerContacts.AnyAsync(c => c.Id == contact.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task Another_managers_account_is_not_found_and_the_marketing_centre_may_not_edit()
    {
        await using var db = fixture.CreateContext();
        var id = await RecordsDemo.AccountOfAsync(db, "am.north2", 0);
        var contacts = new BuyerContacts(db);
        var input = new ContactInput("张三", "z@chain.example", null, null);

        (await contacts.AddAsync(await RecordsDemo.ViewerAsync(db, "am.north3"), id, input)).NotFound.ShouldBeTrue();
        (await contacts.AddAsync(await RecordsDemo.ViewerAsync(db, "mm.east"), id, input)).NotFound.ShouldBeTrue();
        (await contacts.AddAsync(await RecordsDemo.ViewerAsync(db, "approver"), id, input)).Forbidden.ShouldBeTrue();
        (await db.BuyerContacts.AnyAsync(c => c.AccountId == id && c.Name == "张三")).ShouldBeFalse();
    }
}
