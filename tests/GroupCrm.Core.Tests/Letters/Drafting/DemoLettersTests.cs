using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Letters.Drafting;

/// <summary>The demo starts with the last full month's letters drafted, so the letters page has something to review.</summary>
public sealed class DemoLettersTests(DemoDatabaseFixture fixture) : IClassFixture<DemoDatabaseFixture>
{
    [Fact]
    public async Task Every_active_chain_has_a_letter_for_the_last_full_month_in_its_language()
    {
        await using var db = fixture.CreateContext();
        var month = DraftingDemo.MonthsBack(1);

        var letters = await DraftingDemo.LettersAsync(db, month);

        letters.Select(l => l.AccountId).ShouldBe(await DraftingDemo.ActiveAccountsAsync(db));
        letters.Count(l => l.State == LetterState.Draft).ShouldBeGreaterThan(letters.Count / 2);
        var languages = await db.Accounts.ToDictionaryAsync(a => a.Id, a => a.NoticeLanguage);
        letters.ShouldAllBe(l => l.Language == languages[l.AccountId]);
        letters.Select(l => l.Language).Distinct().Order().ShouldBe(["en", "zh-Hans"]);
        var templates = await db.LetterTemplates.ToDictionaryAsync(t => t.Id, t => t.Language);
        letters.ShouldAllBe(l => templates[l.TemplateId] == l.Language);
        letters.Select(l => LetterSnapshotJson.Read(l.Snapshot)).ShouldAllBe(s => s.HasSales && s.Month == month);
    }
}
