using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Templates;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Core.Tests.Letters.Templates;

/// <summary>Template versions in the database: the shipped default, saving by administrators, refusals and races.</summary>
public sealed class LetterTemplatesTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private ServiceProvider _services = null!;
    private TestPeople _people = null!;

    public async Task InitializeAsync()
    {
        _services = CoreServices.Build(fixture.ConnectionString, new StillClock(Now));
        await using var db = fixture.CreateContext();
        // Each test starts from no stored template: the shipped defaults are inserted on first use.
        await db.SalesLetters.ExecuteDeleteAsync();
        await db.LetterTemplates.ExecuteDeleteAsync();
        _people = await TestPeople.AddAsync(db, Now);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private async Task<T> With<T>(Func<LetterTemplates, Task<T>> use)
    {
        await using var scope = _services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<LetterTemplates>());
    }

    private static TemplateText Edited(string language, string marker = "edited") =>
        DefaultTemplates.For(language) with { Subject = $"{marker}: {{{{account.name}}}} {{{{month month}}}}" };

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public async Task The_shipped_default_becomes_version_one_on_first_use(string language)
    {
        var current = await With(t => t.CurrentAsync(language));

        current.Number.ShouldBe(1);
        current.Language.ShouldBe(language);
        current.CreatedById.ShouldBeNull();
        TemplateText.Of(current).ShouldBe(DefaultTemplates.For(language));
        (await With(t => t.CurrentAsync(language))).Id.ShouldBe(current.Id);
    }

    [Fact]
    public async Task Many_first_uses_at_once_store_the_default_once()
    {
        var all = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => With(t => t.CurrentAsync("en")))));

        all.Select(t => t.Id).Distinct().ShouldHaveSingleItem();
        await using var db = fixture.CreateContext();
        (await db.LetterTemplates.CountAsync(t => t.Language == "en")).ShouldBe(1);
    }

    [Fact]
    public async Task An_administrator_saves_the_next_version_which_is_then_in_use()
    {
        var first = await With(t => t.CurrentAsync("en"));

        var result = await With(t => t.SaveAsync(_people.Administrator, "en", Edited("en"), first.Id));

        result.Succeeded.ShouldBeTrue();
        var current = await With(t => t.CurrentAsync("en"));
        current.Id.ShouldBe(result.Id);
        current.Number.ShouldBe(2);
        current.CreatedById.ShouldBe(_people.Administrator.UserId);
        current.CreatedAt.ShouldBe(Now);
        current.Subject.ShouldStartWith("edited:");
        (await With(t => t.GetAsync(first.Id)))!.Subject.ShouldBe(first.Subject);
        var history = await With(t => t.HistoryAsync("en"));
        history.Select(v => v.Number).ShouldBe([2, 1]);
        history[0].CreatedBy.ShouldBe($"admin {_people.Tag}");
        history[1].CreatedBy.ShouldBeNull();
    }

    [Fact]
    public async Task Nobody_but_an_administrator_may_save()
    {
        var first = await With(t => t.CurrentAsync("en"));

        foreach (var viewer in new[] { _people.Manager, _people.MarketManager, _people.Approver })
            (await With(t => t.SaveAsync(viewer, "en", Edited("en"), first.Id))).Forbidden.ShouldBeTrue();
        (await With(t => t.CurrentAsync("en"))).Id.ShouldBe(first.Id);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    [InlineData("EN")]
    [InlineData("zh-Hans'; DROP TABLE letter_templates; --")]
    public async Task An_unknown_language_is_refused(string language)
    {
        var result = await With(t => t.SaveAsync(_people.Administrator, language, Edited("en"), 1));

        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("Language");
        await using var db = fixture.CreateContext();
        (await db.LetterTemplates.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Empty_and_over_long_parts_are_refused_part_by_part()
    {
        var first = await With(t => t.CurrentAsync("en"));
        var text = new TemplateText(" ", new string('x', LetterTemplateConfiguration.MaxBodyLength + 1), "ok");

        var result = await With(t => t.SaveAsync(_people.Administrator, "en", text, first.Id));

        result.Errors.Select(e => e.Field).ShouldBe(["Subject", "HtmlBody"]);
        result.Errors[1].Arguments.ShouldBe([LetterTemplateConfiguration.MaxBodyLength]);
    }

    [Fact]
    public async Task A_template_that_does_not_compile_is_refused_naming_the_part_and_line()
    {
        var first = await With(t => t.CurrentAsync("en"));
        var text = DefaultTemplates.For("en") with { TextBody = "Dear colleagues,\n\n{{#each brands}}\n- {{brand}}\n" };

        var result = await With(t => t.SaveAsync(_people.Administrator, "en", text, first.Id));

        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("TextBody");
        error.Message.ShouldBe("Line {0}: {1}");
        error.Arguments[0].ShouldBe(3);
        (await With(t => t.CurrentAsync("en"))).Id.ShouldBe(first.Id);
    }

    [Fact]
    public async Task A_template_with_an_unknown_helper_is_refused()
    {
        var first = await With(t => t.CurrentAsync("zh-Hans"));
        var text = DefaultTemplates.For("zh-Hans") with { HtmlBody = "<p>{{account.name}}</p>\n<p>{{uppercase account.name}}</p>" };

        var result = await With(t => t.SaveAsync(_people.Administrator, "zh-Hans", text, first.Id));

        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("HtmlBody");
        error.Arguments[0].ShouldBe(2);
        error.Arguments[1].ShouldBeOfType<string>().ShouldContain("uppercase");
    }

    [Fact]
    public async Task A_save_based_on_a_version_no_longer_in_use_is_a_conflict()
    {
        var first = await With(t => t.CurrentAsync("en"));
        (await With(t => t.SaveAsync(_people.Administrator, "en", Edited("en", "mine"), first.Id))).Succeeded.ShouldBeTrue();

        var late = await With(t => t.SaveAsync(_people.Administrator, "en", Edited("en", "theirs"), first.Id));

        late.IsConflict.ShouldBeTrue();
        (await With(t => t.CurrentAsync("en"))).Subject.ShouldStartWith("mine:");
    }

    [Fact]
    public async Task Two_saves_at_once_on_the_same_version_make_one_new_version()
    {
        var first = await With(t => t.CurrentAsync("en"));

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => With(t => t.SaveAsync(_people.Administrator, "en", Edited("en", $"save {i}"), first.Id)))));

        results.Count(r => r.Succeeded).ShouldBe(1);
        results.Where(r => !r.Succeeded).ShouldAllBe(r => r.IsConflict);
        await using var db = fixture.CreateContext();
        (await db.LetterTemplates.Where(t => t.Language == "en").Select(t => t.Number).OrderBy(n => n).ToListAsync()).ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Saving_the_text_unchanged_makes_no_new_version_even_with_a_browsers_line_ends()
    {
        var first = await With(t => t.CurrentAsync("en"));
        var posted = TemplateText.Of(first);
        posted = new TemplateText(posted.Subject, posted.HtmlBody.Replace("\n", "\r\n"), posted.TextBody.Replace("\n", "\r\n"));

        var result = await With(t => t.SaveAsync(_people.Administrator, "en", posted, first.Id));

        result.Errors.ShouldHaveSingleItem().Message.ShouldContain("Nothing has changed");
    }

    [Fact]
    public async Task A_saved_version_keeps_unix_line_ends()
    {
        var first = await With(t => t.CurrentAsync("en"));
        var posted = Edited("en") with { TextBody = "Hello {{account.name}}\r\n\r\n{{#if hasSales}}sold{{/if}}\r\n" };

        var result = await With(t => t.SaveAsync(_people.Administrator, "en", posted, first.Id));

        (await With(t => t.GetAsync(result.Id)))!.TextBody.ShouldBe("Hello {{account.name}}\n\n{{#if hasSales}}sold{{/if}}\n");
    }

    [Fact]
    public async Task A_letter_renders_with_its_own_template_version_until_it_is_approved()
    {
        var first = await With(t => t.CurrentAsync("en"));
        var saved = await With(t => t.SaveAsync(_people.Administrator, "en", Edited("en", "newer"), first.Id));
        saved.Succeeded.ShouldBeTrue();
        var letter = new SalesLetter
        {
            Id = 5, AccountId = 1, Month = LetterSamples.SampleMonth, Language = "en", TemplateId = first.Id,
            Snapshot = LetterSnapshotJson.Write(LetterSamples.Rich()), State = LetterState.Draft, PersonalNote = "See you soon.",
        };
        await using var scope = _services.CreateAsyncScope();
        var rendering = scope.ServiceProvider.GetRequiredService<LetterRendering>();

        var draft = await rendering.RenderAsync(letter);
        var approved = await rendering.RenderAsync(new SalesLetter
        {
            Id = 5, AccountId = 1, Month = letter.Month, Language = "en", TemplateId = first.Id, Snapshot = letter.Snapshot,
            State = LetterState.Approved, Subject = "Frozen", HtmlBody = "<p>frozen</p>", TextBody = "frozen",
        });

        draft.Subject.ShouldBe("Hualian Supermarkets (sample): sales review for October 2026");
        draft.TextBody.ShouldContain("See you soon.");
        approved.ShouldBe(new RenderedLetter("Frozen", "<p>frozen</p>", "frozen"));
    }
}
