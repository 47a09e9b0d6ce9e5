using System.Globalization;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Quotas.Reminders;

/// <summary>One line of a reminder in both languages: the Chinese first, as the message reads.</summary>
public sealed record BilingualText(string Chinese, string English);

/// <summary>
/// The reminder's words. The app's page strings live in the web project's resources, which a job cannot use;
/// the names here are the ones the quota pages show (rules and statuses), in both languages.
/// </summary>
public static class QuotaReminderWording
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static BilingualText Month(DateOnly month) =>
        new(WrittenDates.ChineseMonth(month), WrittenDates.EnglishMonth(month));

    public static BilingualText Day(DateOnly day) =>
        new($"{day.Month}月{day.Day}日", day.ToString("d MMM", English));

    public static BilingualText Rule(RuleCompliance rule) => rule.Rule switch
    {
        QuotaRuleKind.Outings => new($"门店走访日（每日至少 {rule.Version.StoresPerOuting} 家门店）",
            $"Store-visit outings (at least {rule.Version.StoresPerOuting} stores each)"),
        QuotaRuleKind.DistrictHqVisits => new("辖区客户总部拜访", "HQ visits per district account"),
        QuotaRuleKind.PlanSubmission => new("双周拜访计划提交", "Two-week plans submitted"),
        QuotaRuleKind.StoreCoverage => new("门店拜访覆盖", "Stores visited"),
        QuotaRuleKind.NoticeCoverage => new("告知书送达门店", "Stores handed the notice"),
        QuotaRuleKind.AccountHqVisits => new("客户总部拜访", "HQ visits per account"),
        _ => new(rule.Rule.ToString(), rule.Rule.ToString()),
    };

    public static BilingualText Status(QuotaStatus status) => status switch
    {
        QuotaStatus.Met => new("已达标", "Met"),
        QuotaStatus.OnTrack => new("进度正常", "On track"),
        QuotaStatus.AtRisk => new("有风险", "At risk"),
        QuotaStatus.Missed => new("未完成", "Missed"),
        _ => new("不适用", "Not applicable"),
    };

    /// <summary>"Stores visited: required 30, done 12, 18 to go — At risk".</summary>
    public static BilingualText Heading(RuleCompliance rule)
    {
        var (name, status) = (Rule(rule), Status(rule.Status));
        var toGo = Math.Max(0, rule.Required - rule.Actual);
        return new($"{name.Chinese}：要求 {rule.Required}，已完成 {rule.Actual}，还差 {toGo}（{status.Chinese}）",
            $"{name.English}: required {rule.Required}, done {rule.Actual}, {toGo} to go ({status.English})");
    }

    /// <summary>What one gap is missing, in the terms of its rule. English lines name accounts by their English name.</summary>
    public static BilingualText Gap(QuotaGap gap)
    {
        var accountEn = string.IsNullOrWhiteSpace(gap.AccountNameEn) ? gap.AccountName : gap.AccountNameEn;
        return gap.Rule switch
        {
            QuotaRuleKind.Outings when gap.Day is { } day => new(
                $"{Day(day).Chinese}：走访 {gap.Have} 家门店，不足 {gap.Need} 家，不计为走访日",
                $"{Day(day).English}: {gap.Have} stores, fewer than {gap.Need}, so not an outing"),
            QuotaRuleKind.DistrictHqVisits or QuotaRuleKind.AccountHqVisits => new(
                $"{gap.AccountName}：有效总部拜访 {gap.Have} 次，需 {gap.Need} 次",
                $"{accountEn}: {gap.Have} of {gap.Need} HQ visits by appointment"),
            QuotaRuleKind.PlanSubmission when gap.Day is { } start => new(
                $"{Day(start).Chinese}起的双周计划未提交",
                $"No submitted plan for the two weeks from {Day(start).English}"),
            _ => new($"{gap.StoreName}（{gap.AccountName}）", $"{gap.StoreName} ({accountEn})"),
        };
    }

    public static BilingualText More(int count) => new($"……另有 {count} 项", $"… and {count} more");

    public static BilingualText Subject(DateOnly month, int openRules)
    {
        var m = Month(month);
        return new($"拜访指标提醒：{m.Chinese}尚有 {openRules} 项指标未完成",
            $"Visit quotas: {openRules} {(openRules == 1 ? "rule" : "rules")} not yet met in {m.English}");
    }
}
