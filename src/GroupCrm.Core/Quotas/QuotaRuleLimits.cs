using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Quotas;

/// <summary>
/// What a rule version may say. Outings: 0–31 a month (one a day at most), of 1–200 stores; HQ visits: 0–31 per
/// account a month; the coverage rules are percentages, 0–100. A version takes effect from the current month or a
/// later one, never an earlier one, so a month already judged keeps its judgement; five years ahead at most.
/// </summary>
public static class QuotaRuleLimits
{
    public const int MaxOutings = 31;
    public const int MaxStoresPerOuting = 200;
    public const int MaxHqVisits = 31;
    public const int MaxPercent = 100;
    public const int MaxMonthsAhead = 60;

    public const string UnknownRuleMessage = "Choose one of the quota rules.";
    public const string PastMonthMessage = "A rule can only be changed from the current month on: a month already judged keeps its rules.";
    public const string TooFarAheadMessage = "A rule can be changed at most five years ahead.";
    public const string RequiredRangeMessage = "Enter a number from {0} to {1}.";
    public const string StoresPerOutingMessage = "Enter the stores an outing must cover: a number from {0} to {1}.";

    public static int MaxRequired(QuotaRuleKind rule) => rule switch
    {
        QuotaRuleKind.Outings => MaxOutings,
        QuotaRuleKind.DistrictHqVisits or QuotaRuleKind.AccountHqVisits => MaxHqVisits,
        _ => MaxPercent,
    };

    /// <summary>True for the rules whose number is a percentage.</summary>
    public static bool IsPercentage(QuotaRuleKind rule) =>
        rule is QuotaRuleKind.PlanSubmission or QuotaRuleKind.StoreCoverage or QuotaRuleKind.NoticeCoverage;

    public static IReadOnlyList<RecordError> Check(QuotaRuleInput input, DateOnly currentMonth)
    {
        if (!Enum.IsDefined(input.Rule)) return [new RecordError(nameof(input.Rule), UnknownRuleMessage)];
        var errors = new List<RecordError>();
        var month = QuotaMonth.Of(input.EffectiveFrom);
        if (month < currentMonth) errors.Add(new RecordError(nameof(input.EffectiveFrom), PastMonthMessage));
        else if (month > currentMonth.AddMonths(MaxMonthsAhead)) errors.Add(new RecordError(nameof(input.EffectiveFrom), TooFarAheadMessage));
        var max = MaxRequired(input.Rule);
        if (input.Required < 0 || input.Required > max)
            errors.Add(new RecordError(nameof(input.Required), RequiredRangeMessage, 0, max));
        if (input.Rule == QuotaRuleKind.Outings && input.StoresPerOuting is not (>= 1 and <= MaxStoresPerOuting))
            errors.Add(new RecordError(nameof(input.StoresPerOuting), StoresPerOutingMessage, 1, MaxStoresPerOuting));
        return errors;
    }
}
