using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using GroupCrm.Core.Tests.Onboarding.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Letters.Drafting;

/// <summary>"Regenerate" on one letter (drafts of the East district on the demo data): who may, and which letters.</summary>
public sealed class RegenerationTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    private static readonly DateOnly Month = DraftingDemo.MonthsBack(2);

    /// <summary>The <paramref name="index"/>-th East letter (by account) with its account manager's user name; tests take different ones.</summary>
    private async Task<(SalesLetter Letter, string Manager)> LetterAsync(int index)
    {
        await using var db = fixture.CreateContext();
        if (!await db.SalesLetters.AnyAsync(l => l.Month == Month))
        {
            await using var services = DraftingDemo.Services(fixture.ConnectionString);
            await DraftingDemo.DraftAsync(services, Month);
        }
        var east = (await RecordsDemo.ViewerAsync(db, "mm.east")).DistrictId;
        var found = await db.SalesLetters.AsNoTracking()
            .Where(l => l.Month == Month)
            .Join(db.Accounts.Where(a => a.DistrictId == east), l => l.AccountId, a => a.Id, (l, a) => new { Letter = l, Manager = a.AccountManager!.UserName! })
            .OrderBy(x => x.Letter.AccountId).Skip(index).FirstAsync();
        return (found.Letter, found.Manager);
    }

    private async Task<RecordResult> RegenerateAsync(string userName, int letterId, uint? version = null)
    {
        await using var services = DraftingDemo.Services(fixture.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        await using var db = fixture.CreateContext();
        var viewer = await RecordsDemo.ViewerAsync(db, userName);
        var drafting = scope.ServiceProvider.GetRequiredService<LetterDrafting>();
        return version is { } v ? await drafting.RegenerateAsync(viewer, letterId, v) : await drafting.RegenerateAsync(viewer, letterId);
    }

    private async Task<SalesLetter> ReloadAsync(int id)
    {
        await using var db = fixture.CreateContext();
        return await db.SalesLetters.AsNoTracking().SingleAsync(l => l.Id == id);
    }

    [Theory]
    [InlineData(null, 0)] // the account's own manager
    [InlineData("mm.east", 1)]
    [InlineData("admin", 2)]
    public async Task The_accounts_manager_the_districts_market_manager_and_an_administrator_may_regenerate_a_draft(string? userName, int index)
    {
        var (letter, manager) = await LetterAsync(index);
        await using (var db = fixture.CreateContext())
            await DraftingDemo.NoteAsync(db, letter.Id, "请关注春节备货", "Order <early>");

        var result = await RegenerateAsync(userName ?? manager, letter.Id);

        result.Succeeded.ShouldBeTrue();
        result.Id.ShouldBe(letter.Id);
        var after = await ReloadAsync(letter.Id);
        (after.State, after.Generation, after.PersonalNote, after.Suggestions).ShouldBe((LetterState.Draft, 2, "请关注春节备货", "Order <early>"));
        after.GeneratedAt.ShouldBeGreaterThan(letter.GeneratedAt);
        after.CreatedAt.ShouldBe(letter.CreatedAt);
    }

    [Theory]
    [InlineData("am.west1")]
    [InlineData("mm.west")]
    [InlineData("mm.north")]
    public async Task Anyone_who_does_not_see_the_account_is_told_there_is_no_such_letter(string userName)
    {
        var (letter, _) = await LetterAsync(3);

        var result = await RegenerateAsync(userName, letter.Id);

        result.NotFound.ShouldBeTrue();
        (await ReloadAsync(letter.Id)).Generation.ShouldBe(1);
    }

    [Fact]
    public async Task Another_account_manager_of_the_same_district_is_told_there_is_no_such_letter()
    {
        var (letter, manager) = await LetterAsync(3);
        var colleague = new[] { "am.east1", "am.east2", "am.east3" }.First(m => m != manager);

        (await RegenerateAsync(colleague, letter.Id)).NotFound.ShouldBeTrue();
        (await ReloadAsync(letter.Id)).Generation.ShouldBe(1);
    }

    [Fact]
    public async Task The_marketing_centre_sees_the_letter_but_may_not_regenerate_it()
    {
        var (letter, _) = await LetterAsync(3);

        var result = await RegenerateAsync("approver", letter.Id);

        result.Forbidden.ShouldBeTrue();
        (await ReloadAsync(letter.Id)).Generation.ShouldBe(1);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task A_letter_that_does_not_exist_is_not_found(int id) =>
        (await RegenerateAsync("admin", id)).NotFound.ShouldBeTrue();

    [Fact]
    public async Task An_approved_letter_is_refused_with_the_reason_and_left_as_it_was()
    {
        var (letter, manager) = await LetterAsync(4);
        await using var db = fixture.CreateContext();
        await DraftingDemo.ApproveAsync(db, letter.Id, (await RecordsDemo.ViewerAsync(db, manager)).UserId);
        var row = await DraftingDemo.RowAsync(db, letter.Id);

        var result = await RegenerateAsync(manager, letter.Id);

        result.Succeeded.ShouldBeFalse();
        result.Errors.Select(e => e.Message).ShouldBe([LetterDrafting.ApprovedMessage]);
        (await DraftingDemo.RowAsync(db, letter.Id)).ShouldBe(row);
    }

    [Fact]
    public async Task A_sent_back_letter_becomes_a_draft_again_and_forgets_why_it_was_sent_back()
    {
        var (letter, manager) = await LetterAsync(5);
        await using var db = fixture.CreateContext();
        await DraftingDemo.SendBackAsync(db, letter.Id, (await RecordsDemo.ViewerAsync(db, manager)).UserId);

        (await RegenerateAsync(manager, letter.Id)).Succeeded.ShouldBeTrue();

        var after = await ReloadAsync(letter.Id);
        (after.State, after.SentBackReason, after.SentBackById, after.SentBackAt, after.Generation).ShouldBe((LetterState.Draft, null, null, null, 2));
    }

    [Fact]
    public async Task A_regenerated_letter_takes_todays_facts_the_accounts_language_now_and_its_template_in_use()
    {
        var (letter, manager) = await LetterAsync(6);
        var other = letter.Language == "en" ? "zh-Hans" : "en";
        await using var db = fixture.CreateContext();
        await db.Database.ExecuteSqlAsync($"UPDATE group_accounts SET notice_language = {other} WHERE id = {letter.AccountId}");
        await db.Database.ExecuteSqlAsync($"UPDATE monthly_sales SET quantity = quantity + 7 WHERE month = {Month} AND store_id IN (SELECT id FROM stores WHERE account_id = {letter.AccountId})");

        (await RegenerateAsync(manager, letter.Id)).Succeeded.ShouldBeTrue();

        var after = await ReloadAsync(letter.Id);
        after.Language.ShouldBe(other);
        await using var services = DraftingDemo.Services(fixture.ConnectionString);
        await using var scope = services.CreateAsyncScope();
        after.TemplateId.ShouldBe((await scope.ServiceProvider.GetRequiredService<LetterTemplates>().CurrentAsync(other)).Id);
        var facts = (await scope.ServiceProvider.GetRequiredService<LetterFacts>().ForAccountAsync(letter.AccountId, Month)).ShouldNotBeNull();
        LetterSnapshotJson.Write(LetterSnapshotJson.Read(after.Snapshot)).ShouldBe(LetterSnapshotJson.Write(facts));
        facts.Sales.Quantity.ShouldBeGreaterThan(LetterSnapshotJson.Read(letter.Snapshot).Sales.Quantity);
    }

    [Fact]
    public async Task A_regeneration_over_a_letter_changed_since_it_was_read_is_a_conflict()
    {
        var (letter, manager) = await LetterAsync(7);
        await using var db = fixture.CreateContext();
        await DraftingDemo.NoteAsync(db, letter.Id, "changed meanwhile", "x");

        var stale = await RegenerateAsync(manager, letter.Id, letter.Version);

        stale.IsConflict.ShouldBeTrue();
        var current = await ReloadAsync(letter.Id);
        current.Generation.ShouldBe(1);
        (await RegenerateAsync(manager, letter.Id, current.Version)).Succeeded.ShouldBeTrue();
    }
}
