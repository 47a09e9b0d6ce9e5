using GroupCrm.Core.Organisation;
using GroupCrm.Core.Quotas;
using GroupCrm.Core.Quotas.Reminders;
using Microsoft.Extensions.Configuration;

namespace GroupCrm.Core.Tests.Quotas.Reminders;

/// <summary>The reminder's composition, without a database: cut lists, the rules it lists, its key and its links.</summary>
public sealed class QuotaReminderMailTests
{
    private static readonly DateOnly June = new(2026, 6, 1);
    private static readonly QuotaPerson Person = new(12, "杨帆 Yang Fan", Roles.AccountManager, 1, "东区");

    private static RuleCompliance Rule(QuotaRuleKind kind, int required, int actual, QuotaStatus status, params QuotaGap[] gaps) =>
        new(kind, new QuotaRule { Rule = kind, EffectiveFrom = new DateOnly(2024, 1, 1), Required = 100 }, required, actual, status, gaps);

    private static QuotaGap Store(int i) => new(QuotaRuleKind.StoreCoverage, 1, "华联超市", i, $"门店{i:D2}", null, 0, 1);

    [Fact]
    public void A_long_list_is_cut_after_twenty_lines_with_the_count_of_the_rest()
    {
        var compliance = new PersonCompliance(Person, June,
            [Rule(QuotaRuleKind.StoreCoverage, 30, 5, QuotaStatus.AtRisk, [.. Enumerable.Range(1, 25).Select(Store)])]);

        var mail = QuotaReminderMail.Compose(compliance, "am@groupcrm.example", new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 15), "http://x/");

        mail.TextBody.ShouldContain("门店20（华联超市）");
        mail.TextBody.ShouldNotContain("门店21");
        mail.TextBody.ShouldContain("  · ……另有 5 项");
        mail.TextBody.ShouldContain("  - … and 5 more");
        mail.HtmlBody!.ShouldContain("<li>… and 5 more</li>");
    }

    [Fact]
    public void Only_rules_still_asking_for_something_are_listed()
    {
        var compliance = new PersonCompliance(Person, June,
        [
            Rule(QuotaRuleKind.PlanSubmission, 3, 3, QuotaStatus.Met),
            Rule(QuotaRuleKind.StoreCoverage, 2, 1, QuotaStatus.OnTrack, Store(1)),
            Rule(QuotaRuleKind.NoticeCoverage, 0, 0, QuotaStatus.NotApplicable),
            Rule(QuotaRuleKind.AccountHqVisits, 2, 0, QuotaStatus.Missed),
        ]);

        QuotaReminderMail.OpenRules(compliance).Select(r => r.Rule).ShouldBe([QuotaRuleKind.StoreCoverage, QuotaRuleKind.AccountHqVisits]);
        var mail = QuotaReminderMail.Compose(compliance, "am@groupcrm.example", new DateOnly(2026, 6, 15), new DateOnly(2026, 6, 16), "http://x/");
        mail.TextBody.ShouldNotContain("双周拜访计划");
        mail.TextBody.ShouldContain("截至6月16日");
        mail.TextBody.ShouldContain("As of 16 Jun");
        (mail.Kind, mail.SubjectKey).ShouldBe(("quota-reminder", "12:2026-06-15"));
    }

    [Fact]
    public void A_person_with_nothing_open_has_no_reminder_to_compose()
    {
        var compliance = new PersonCompliance(Person, June, [Rule(QuotaRuleKind.PlanSubmission, 3, 3, QuotaStatus.Met)]);

        Should.Throw<ArgumentException>(() => QuotaReminderMail.Compose(compliance, "a@b.c", June, June, "http://x/"));
    }

    [Theory]
    [InlineData("2026-06-15", "2026-06-15")]
    [InlineData("2026-06-21", "2026-06-15")]
    [InlineData("2026-06-01", "2026-06-01")]
    [InlineData("2026-05-31", "2026-05-25")]
    public void A_reminder_week_is_the_Monday_to_Sunday_a_day_is_in(string day, string monday) =>
        QuotaReminders.WeekStartOf(DateOnly.Parse(day)).ShouldBe(DateOnly.Parse(monday));

    [Theory]
    [InlineData(null, "http://localhost:5080/Quotas/Person/7?month=2026-06")]
    [InlineData("https://crm.example.com", "https://crm.example.com/Quotas/Person/7?month=2026-06")]
    [InlineData(" https://example.com/crm/ ", "https://example.com/crm/Quotas/Person/7?month=2026-06")]
    [InlineData("https://example.com/crm", "https://example.com/crm/Quotas/Person/7?month=2026-06")]
    public void Links_start_with_the_public_address_setting(string? setting, string link) =>
        Links(setting).PersonPage(7, June).ShouldBe(link);

    [Theory]
    [InlineData("crm.example.com")]
    [InlineData("ftp://crm.example.com")]
    [InlineData("https://crm.example.com/?a=1")]
    public void A_public_address_that_is_not_a_web_address_is_refused_with_the_setting_named(string setting) =>
        Should.Throw<InvalidOperationException>(() => Links(setting)).Message.ShouldContain("App:PublicUrl");

    private static QuotaReminderLinks Links(string? publicUrl) => new(new GroupCrm.Core.Organisation.PublicAddress(new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["App:PublicUrl"] = publicUrl }).Build()));
}
