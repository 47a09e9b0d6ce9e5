using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Allocation.Notices;

/// <summary>The HQ record says which language the chain's notices are written in; anything but Chinese or English is refused.</summary>
public sealed class NoticeLanguageTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private NoticeWorld _world = null!;

    public async Task InitializeAsync() => _world = await NoticeWorld.CreateAsync(fixture);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private async Task<(string Language, uint Version)> LanguageAsync(int account)
    {
        await using var db = _world.Db();
        var row = await db.Accounts.Where(a => a.Id == account).Select(a => new { a.NoticeLanguage, a.Version }).SingleAsync();
        return (row.NoticeLanguage, row.Version);
    }

    private Task<RecordResult> SaveAsync(int account, string? language, uint version) =>
        _world.RunAsync<HqRecordEditor, RecordResult>(e => e.UpdateAsync(_world.People.Manager, account,
            new HqRecordInput("华联超市", "Hualian", null, null, null, null, null, null, null, language), version));

    [Fact]
    public async Task A_new_chain_writes_in_chinese_and_the_record_can_switch_it_to_english_and_back()
    {
        var account = await _world.AccountAsync("华联超市");
        var (language, version) = await LanguageAsync(account);
        language.ShouldBe("zh-Hans");

        (await SaveAsync(account, " en ", version)).Succeeded.ShouldBeTrue();
        (language, version) = await LanguageAsync(account);
        language.ShouldBe("en");

        (await SaveAsync(account, NoticeLanguages.Chinese, version)).Succeeded.ShouldBeTrue();
        (await LanguageAsync(account)).Language.ShouldBe("zh-Hans");
    }

    [Fact]
    public async Task A_form_without_the_field_leaves_the_language_as_it_is()
    {
        var account = await _world.AccountAsync("华联超市", language: NoticeLanguages.English);

        (await SaveAsync(account, null, (await LanguageAsync(account)).Version)).Succeeded.ShouldBeTrue();

        (await LanguageAsync(account)).Language.ShouldBe("en");
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("zh-hans")]
    [InlineData("EN")]
    [InlineData("zh-Hans; DROP TABLE accounts")]
    [InlineData("<script>")]
    public async Task Any_other_language_is_refused_and_nothing_is_saved(string language)
    {
        var account = await _world.AccountAsync("华联超市");
        var before = await LanguageAsync(account);

        var result = await SaveAsync(account, language, before.Version);

        result.Errors.Select(e => (e.Field, e.Message)).ShouldBe([("NoticeLanguage", HqRecordRules.NoticeLanguageMessage)]);
        (await LanguageAsync(account)).ShouldBe(before);
    }

    [Fact]
    public async Task Notices_are_issued_in_the_language_the_chain_has_when_the_round_is_approved()
    {
        var account = await _world.AccountAsync("华联超市");
        (await SaveAsync(account, "en", (await LanguageAsync(account)).Version)).Succeeded.ShouldBeTrue();

        var round = await _world.RoundAsync(new RoundPlan(NoticeWorld.June, 100, 10, 0, [new PlannedAccount(account, 1, [])]));

        (await _world.HqNoticeAsync(round, account)).Language.ShouldBe("en");
    }
}
