using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Tests.Quotas;

/// <summary>
/// Editing the rules: the administrator saves a version from the current month on; a past month keeps its
/// judgement, and a refused edit changes nothing. Each test has its own database, as the rules are shared.
/// </summary>
public sealed class QuotaRuleBookTests : IAsyncLifetime
{
    /// <summary>Tuesday 10 March 2026, noon in Shanghai.</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly March = new(2026, 3, 1);

    private readonly DatabaseFixture _fixture = new();
    private QuotaWorld _world = null!;

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        _world = await QuotaWorld.CreateAsync(_fixture, Now);
    }

    public async Task DisposeAsync()
    {
        await _world.DisposeAsync();
        await _fixture.DisposeAsync();
    }

    [Fact]
    public async Task The_shipped_defaults_are_in_force_from_January_2024()
    {
        var rules = await InForce(March);

        rules.Select(r => (r.Rule, r.Required, r.StoresPerOuting, r.IsEnabled, r.EffectiveFrom)).ShouldBe([
            (QuotaRuleKind.Outings, 4, 10, true, new DateOnly(2024, 1, 1)),
            (QuotaRuleKind.DistrictHqVisits, 1, null, true, new DateOnly(2024, 1, 1)),
            (QuotaRuleKind.PlanSubmission, 100, null, true, new DateOnly(2024, 1, 1)),
            (QuotaRuleKind.StoreCoverage, 100, null, true, new DateOnly(2024, 1, 1)),
            (QuotaRuleKind.NoticeCoverage, 100, null, true, new DateOnly(2024, 1, 1)),
            (QuotaRuleKind.AccountHqVisits, 2, null, true, new DateOnly(2024, 1, 1)),
        ]);
        (await InForce(new DateOnly(2023, 12, 1))).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_version_from_a_later_month_leaves_the_months_before_it_as_they_were_judged()
    {
        var mm = _world.People.MarketManager;
        var account = await _world.AccountAsync(_world.People.Manager);
        var stores = await _world.StoresAsync(account, 9);
        await _world.StoreVisitsAsync(mm, account, stores, new DateOnly(2026, 2, 3));
        await _world.StoreVisitsAsync(mm, account, stores, new DateOnly(2026, 3, 3));
        var before = await _world.JudgeAsync(mm, new DateOnly(2026, 2, 1));

        var saved = await Save(_world.People.Administrator, new QuotaRuleInput(QuotaRuleKind.Outings, new DateOnly(2026, 3, 17), true, 1, 9));

        saved.Succeeded.ShouldBeTrue();
        (await _world.JudgeAsync(mm, new DateOnly(2026, 2, 1))).ShouldBeEquivalentTo(before);
        var march = await _world.JudgeAsync(mm, March, QuotaRuleKind.Outings);
        (march.Required, march.Actual, march.Status).ShouldBe((1, 1, QuotaStatus.Met));
        march.Version.EffectiveFrom.ShouldBe(March);
        march.Version.ChangedById.ShouldBe(_world.People.Administrator.UserId);
        march.Version.ChangedAt.ShouldBe(Now);
        (await History()).Count(r => r.Rule == QuotaRuleKind.Outings).ShouldBe(2);
    }

    [Fact]
    public async Task Saving_a_month_that_already_has_a_version_replaces_it_and_a_later_month_adds_one()
    {
        var admin = _world.People.Administrator;
        var first = await Save(admin, new QuotaRuleInput(QuotaRuleKind.StoreCoverage, March, true, 90, null));
        var again = await Save(admin, new QuotaRuleInput(QuotaRuleKind.StoreCoverage, March, false, 80, 12));
        var july = await Save(admin, new QuotaRuleInput(QuotaRuleKind.StoreCoverage, new DateOnly(2026, 7, 1), true, 100, null));

        again.Id.ShouldBe(first.Id);
        july.Id.ShouldNotBe(first.Id);
        var history = (await History()).Where(r => r.Rule == QuotaRuleKind.StoreCoverage).ToList();
        history.Select(r => (r.EffectiveFrom, r.Required, r.IsEnabled, r.StoresPerOuting)).ShouldBe([
            (new DateOnly(2026, 7, 1), 100, true, (int?)null), (March, 80, false, null), (new DateOnly(2024, 1, 1), 100, true, null),
        ]);
        (await InForce(new DateOnly(2026, 6, 1))).Single(r => r.Rule == QuotaRuleKind.StoreCoverage).IsEnabled.ShouldBeFalse();
    }

    [Theory]
    [InlineData(Roles.AccountManager)]
    [InlineData(Roles.MarketManager)]
    [InlineData(Roles.MarketingCenter)]
    public async Task Only_the_administrator_edits_rules(string role)
    {
        var viewer = role switch
        {
            Roles.AccountManager => _world.People.Manager,
            Roles.MarketManager => _world.People.MarketManager,
            _ => _world.People.Approver,
        };

        var result = await Save(viewer, new QuotaRuleInput(QuotaRuleKind.Outings, March, true, 5, 10));

        result.Forbidden.ShouldBeTrue();
        await NothingChangedAsync();
    }

    public static TheoryData<QuotaRuleInput, string, string> Refusals => new()
    {
        { new(QuotaRuleKind.Outings, new DateOnly(2026, 3, 1), true, -1, 10), "Required", QuotaRuleLimits.RequiredRangeMessage },
        { new(QuotaRuleKind.Outings, new DateOnly(2026, 3, 1), true, 32, 10), "Required", QuotaRuleLimits.RequiredRangeMessage },
        { new(QuotaRuleKind.Outings, new DateOnly(2026, 3, 1), true, 4, 0), "StoresPerOuting", QuotaRuleLimits.StoresPerOutingMessage },
        { new(QuotaRuleKind.Outings, new DateOnly(2026, 3, 1), true, 4, 201), "StoresPerOuting", QuotaRuleLimits.StoresPerOutingMessage },
        { new(QuotaRuleKind.Outings, new DateOnly(2026, 3, 1), true, 4, null), "StoresPerOuting", QuotaRuleLimits.StoresPerOutingMessage },
        { new(QuotaRuleKind.AccountHqVisits, new DateOnly(2026, 3, 1), true, 1000, null), "Required", QuotaRuleLimits.RequiredRangeMessage },
        { new(QuotaRuleKind.DistrictHqVisits, new DateOnly(2026, 3, 1), true, int.MinValue, null), "Required", QuotaRuleLimits.RequiredRangeMessage },
        { new(QuotaRuleKind.StoreCoverage, new DateOnly(2026, 3, 1), true, 101, null), "Required", QuotaRuleLimits.RequiredRangeMessage },
        { new(QuotaRuleKind.NoticeCoverage, new DateOnly(2026, 3, 1), true, int.MaxValue, null), "Required", QuotaRuleLimits.RequiredRangeMessage },
        { new(QuotaRuleKind.PlanSubmission, new DateOnly(2026, 2, 1), true, 100, null), "EffectiveFrom", QuotaRuleLimits.PastMonthMessage },
        { new(QuotaRuleKind.PlanSubmission, new DateOnly(2024, 1, 1), true, 100, null), "EffectiveFrom", QuotaRuleLimits.PastMonthMessage },
        { new(QuotaRuleKind.PlanSubmission, DateOnly.MinValue, true, 100, null), "EffectiveFrom", QuotaRuleLimits.PastMonthMessage },
        { new(QuotaRuleKind.PlanSubmission, DateOnly.MaxValue, true, 100, null), "EffectiveFrom", QuotaRuleLimits.TooFarAheadMessage },
        { new((QuotaRuleKind)99, new DateOnly(2026, 3, 1), true, 1, null), "Rule", QuotaRuleLimits.UnknownRuleMessage },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_negative_absurd_or_backdated_version_is_refused_with_the_reason_and_nothing_changes(QuotaRuleInput input, string field, string message)
    {
        var result = await Save(_world.People.Administrator, input);

        result.Succeeded.ShouldBeFalse();
        result.Forbidden.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.Field == field && e.Message == message);
        await NothingChangedAsync();
    }

    [Fact]
    public async Task Every_problem_of_a_form_is_reported_at_once()
    {
        var result = await Save(_world.People.Administrator, new QuotaRuleInput(QuotaRuleKind.Outings, new DateOnly(2025, 1, 1), true, -3, 0));

        result.Errors.Select(e => e.Field).ShouldBe(["EffectiveFrom", "Required", "StoresPerOuting"]);
        result.Errors.Single(e => e.Field == "Required").Arguments.ShouldBe([0, 31]);
    }

    [Fact]
    public async Task The_stores_per_outing_of_another_rule_is_ignored_and_a_day_of_the_month_means_that_month()
    {
        var result = await Save(_world.People.Administrator, new QuotaRuleInput(QuotaRuleKind.AccountHqVisits, new DateOnly(2026, 4, 30), true, 3, 500));

        result.Succeeded.ShouldBeTrue();
        var version = (await InForce(new DateOnly(2026, 4, 1))).Single(r => r.Rule == QuotaRuleKind.AccountHqVisits);
        (version.EffectiveFrom, version.Required, version.StoresPerOuting).ShouldBe((new DateOnly(2026, 4, 1), 3, (int?)null));
    }

    private async Task NothingChangedAsync()
    {
        await using var db = _world.Db();
        (await db.QuotaRules.CountAsync()).ShouldBe(6);
        (await db.QuotaRules.AnyAsync(r => r.ChangedById != null)).ShouldBeFalse();
    }

    private Task<RecordResult> Save(Viewer viewer, QuotaRuleInput input) =>
        _world.RunAsync<QuotaRuleBook, RecordResult>(b => b.SaveAsync(viewer, input));

    private Task<IReadOnlyList<QuotaRule>> InForce(DateOnly month) =>
        _world.RunAsync<QuotaRuleBook, IReadOnlyList<QuotaRule>>(b => b.InForceAsync(month));

    private Task<IReadOnlyList<QuotaRule>> History() =>
        _world.RunAsync<QuotaRuleBook, IReadOnlyList<QuotaRule>>(b => b.HistoryAsync());
}
