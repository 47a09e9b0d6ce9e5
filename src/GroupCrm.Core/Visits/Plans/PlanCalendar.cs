using System.Globalization;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Visits.Plans;

/// <summary>Where a period stands against today: its plan can change only while it is upcoming.</summary>
public enum PeriodTiming
{
    Past,
    Current,
    Upcoming,
}

/// <summary>The plan periods as the pages and the plan services name and judge them, "today" being the organisation's.</summary>
public static class PlanCalendar
{
    /// <summary>A year ahead is as far as anyone plans visits; further out is a typing slip.</summary>
    public const int MaxDaysAhead = 366;

    public static PeriodTiming TimingOf(DateOnly periodStart, DateOnly today) =>
        periodStart > today ? PeriodTiming.Upcoming
        : PlanPeriods.EndOf(periodStart) < today ? PeriodTiming.Past
        : PeriodTiming.Current;

    public static DateOnly NextStart(DateOnly today) => PlanPeriods.StartOf(today).AddDays(PlanPeriods.Days);

    /// <summary>The period as a query value: 2026-05-04.</summary>
    public static string Format(DateOnly day) => PlanEntryRules.Iso(day);

    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day)
        && day.Year is >= 2000 and <= 2100;

    /// <returns>null when a plan may be drafted for the period today; otherwise the refusal.</returns>
    public static RecordResult? RefuseAsPeriod(DateOnly periodStart, DateOnly today)
    {
        if (!PlanPeriods.IsPeriodStart(periodStart))
            return RecordResult.Refused("", PlanMessages.NotAPeriodStart, Format(periodStart), Format(NextStart(today)));
        if (periodStart <= today) return RecordResult.Refused("", PlanMessages.AlreadyStarted);
        if (periodStart.DayNumber - today.DayNumber > MaxDaysAhead) return RecordResult.Refused("", PlanMessages.TooFarAhead);
        return null;
    }
}
