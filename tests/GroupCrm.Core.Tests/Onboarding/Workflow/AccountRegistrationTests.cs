using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Workflow;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Onboarding.Workflow;

/// <summary>Opening a chain's file as a Draft: who may, where it lands, and which input is refused without writing anything.</summary>
public sealed class AccountRegistrationTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>, IAsyncLifetime
{
    private readonly WorkflowWorld _world = new(fixture);
    private static int _serial;

    [Fact]
    public async Task An_account_manager_creates_a_draft_in_their_district_with_its_market_manager()
    {
        var input = Input(name: " 沪东便利连锁 ", nameEn: "  ") with { HqAddress = "上海市浦东新区世纪大道 100 号", OrderPhone = "021-5888 1234" };

        var result = await CreateAsync("am.east1", input);

        result.Succeeded.ShouldBeTrue();
        await using var db = _world.Db();
        var account = await db.Accounts.SingleAsync(a => a.Id == result.Id);
        var owner = await _world.ViewerAsync("am.east1");
        account.State.ShouldBe(AccountState.Draft);
        account.Name.ShouldBe("沪东便利连锁");
        account.NameEn.ShouldBe("");
        account.BusinessLicenceNumber.ShouldBe(input.BusinessLicenceNumber);
        account.AccountManagerId.ShouldBe(owner.UserId);
        account.DistrictId.ShouldBe(owner.DistrictId!.Value);
        account.MarketManagerId.ShouldBe((await _world.ViewerAsync("mm.east")).UserId);
        account.CreatedAt.ShouldBe(FixedClock.Instant);
        var first = (await _world.TimelineAsync(result.Id)).ShouldHaveSingleItem();
        (first.FromState, first.ToState, first.ByUserId, first.Note).ShouldBe((null, AccountState.Draft, owner.UserId, "Created"));
    }

    [Fact]
    public async Task An_administrator_creates_a_draft_for_a_chosen_manager_in_that_managers_district()
    {
        var manager = await _world.ViewerAsync("am.west2");

        var result = await CreateAsync("admin", Input() with { AccountManagerId = manager.UserId });

        await using var db = _world.Db();
        var account = await db.Accounts.SingleAsync(a => a.Id == result.Id);
        (account.AccountManagerId, account.DistrictId).ShouldBe((manager.UserId, manager.DistrictId!.Value));
        account.MarketManagerId.ShouldBe((await _world.ViewerAsync("mm.west")).UserId);
        (await _world.TimelineAsync(result.Id)).ShouldHaveSingleItem().ByUserId.ShouldBe((await _world.ViewerAsync("admin")).UserId);
    }

    [Theory]
    [InlineData(null, "Choose the account manager.")]
    [InlineData("mm.north", "There is no such account manager.")]
    [InlineData("approver", "There is no such account manager.")]
    public async Task An_administrator_must_choose_an_account_manager(string? chosen, string message)
    {
        int? managerId = chosen is null ? null : (await _world.ViewerAsync(chosen)).UserId;

        var result = await RefusedAsync("admin", Input() with { AccountManagerId = managerId });

        var error = result.Errors.ShouldHaveSingleItem();
        (error.Field, error.Message).ShouldBe(("AccountManagerId", message));
    }

    [Theory]
    [InlineData("mm.east")]
    [InlineData("approver")]
    public async Task Market_managers_and_the_marketing_centre_cannot_create_accounts(string userName)
    {
        var result = await RefusedAsync(userName, Input());

        result.Outcome.ShouldBe(WorkflowOutcome.Forbidden);
    }

    [Fact]
    public async Task A_licence_number_already_registered_is_refused_naming_the_account_that_holds_it()
    {
        await using var db = _world.Db();
        var holder = await db.Accounts.OrderBy(a => a.Id).Select(a => new { a.Name, a.BusinessLicenceNumber }).FirstAsync();

        var result = await RefusedAsync("am.east1", Input(licence: holder.BusinessLicenceNumber.ToLowerInvariant()));

        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("BusinessLicenceNumber");
        string.Format(error.Message, error.Arguments).ShouldBe($"The business licence number {holder.BusinessLicenceNumber} is already held by {holder.Name}.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("91310000MA1FL0XX1")] // 17 characters
    [InlineData("91310000MA1FL0XX1AB")] // 19 characters
    [InlineData("91310000MA1FL0IO1A")] // I and O are not in the alphabet
    [InlineData("91310000 MA1FL0XX1")]
    [InlineData("9131000０MA1FL0XX1A")] // a full-width digit
    [InlineData("<script>alert(1)</")]
    public async Task A_licence_number_that_is_not_a_credit_code_is_refused(string licence)
    {
        var result = await RefusedAsync("am.east1", Input(licence: licence));

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("BusinessLicenceNumber");
    }

    [Fact]
    public async Task A_lower_case_code_is_stored_in_capitals()
    {
        var licence = NewLicence();

        var result = await CreateAsync("am.east1", Input(licence: licence.ToLowerInvariant()));

        await using var db = _world.Db();
        (await db.Accounts.Where(a => a.Id == result.Id).Select(a => a.BusinessLicenceNumber).SingleAsync()).ShouldBe(licence);
    }

    [Theory]
    [InlineData("Name", 0)]
    [InlineData("Name", 201)]
    [InlineData("NameEn", 201)]
    [InlineData("HqAddress", 301)]
    [InlineData("LegalRepresentative", 101)]
    [InlineData("OrderPhone", 41)]
    public async Task Missing_or_over_long_text_is_refused(string field, int length)
    {
        var text = new string(field == "OrderPhone" ? '8' : '名', length);
        var input = field switch
        {
            "Name" => Input(name: text),
            "NameEn" => Input(nameEn: text),
            "HqAddress" => Input() with { HqAddress = text },
            "LegalRepresentative" => Input() with { LegalRepresentative = text },
            _ => Input() with { OrderPhone = text },
        };

        var result = await RefusedAsync("am.east1", input);

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe(field);
    }

    [Fact]
    public async Task Names_of_200_characters_are_accepted()
    {
        (await CreateAsync("am.east1", Input(name: new string('名', 200), nameEn: new string('n', 200)))).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task An_order_phone_with_letters_is_refused()
    {
        var result = await RefusedAsync("am.east1", Input() with { OrderPhone = "call me" });

        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("The order phone may contain only digits, spaces and + - ( ).");
    }

    [Fact]
    public async Task Script_in_a_name_is_stored_verbatim()
    {
        const string name = "<script>alert('x')</script> & \"连锁\"";

        var result = await CreateAsync("am.east1", Input(name: name, nameEn: name));

        await using var db = _world.Db();
        var stored = await db.Accounts.Where(a => a.Id == result.Id).Select(a => new { a.Name, a.NameEn }).SingleAsync();
        stored.Name.ShouldBe(name);
        stored.NameEn.ShouldBe(name);
    }

    private static DraftAccountInput Input(string name = "测试连锁", string nameEn = "Test Chain", string? licence = null) =>
        new(name, nameEn, licence ?? NewLicence(), null, "王五", null);

    // Unique per test run: 91 + 16 characters from the credit-code alphabet, never colliding with the demo codes' region digits.
    private static string NewLicence() => $"91XY{Environment.ProcessId % 10_000:D4}{Interlocked.Increment(ref _serial):D10}";

    private async Task<WorkflowResult> CreateAsync(string userName, DraftAccountInput input)
    {
        var viewer = await _world.ViewerAsync(userName);
        var result = await _world.RunAsync<AccountRegistration, WorkflowResult>(r => r.CreateDraftAsync(viewer, input));
        result.Succeeded.ShouldBeTrue(string.Join(" ", result.Errors.Select(e => e.Message)));
        return result;
    }

    private async Task<WorkflowResult> RefusedAsync(string userName, DraftAccountInput input)
    {
        var viewer = await _world.ViewerAsync(userName);
        await using var db = _world.Db();
        var before = await db.Accounts.CountAsync();
        var result = await _world.RunAsync<AccountRegistration, WorkflowResult>(r => r.CreateDraftAsync(viewer, input));
        result.Succeeded.ShouldBeFalse();
        (await db.Accounts.CountAsync()).ShouldBe(before);
        return result;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _world.DisposeAsync();
}
