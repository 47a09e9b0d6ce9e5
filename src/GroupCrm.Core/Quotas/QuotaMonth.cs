namespace GroupCrm.Core.Quotas;

/// <summary>Months as quotas count them: a month is named by its first day.</summary>
public static class QuotaMonth
{
    public static DateOnly Of(DateOnly day) => new(day.Year, day.Month, 1);

    public static DateOnly LastDay(DateOnly month) => Of(month).AddMonths(1).AddDays(-1);

    /// <summary>Monday to Friday (there is no holiday calendar): the days quota pace is measured in.</summary>
    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    public static int WorkingDays(DateOnly from, DateOnly toExclusive)
    {
        var count = 0;
        for (var d = from; d < toExclusive; d = d.AddDays(1))
            if (IsWorkingDay(d)) count++;
        return count;
    }
}
