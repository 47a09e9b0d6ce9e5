namespace GroupCrm.Core.Quotas;

/// <summary>
/// The month being judged (its first day) and the organisation's today. A month that is over is judged as it
/// ended; the current month is judged by pace, in working days (Monday to Friday) elapsed before today.
/// </summary>
public sealed record JudgedMonth
{
    public JudgedMonth(DateOnly month, DateOnly today)
    {
        Month = QuotaMonth.Of(month);
        Today = today;
        LastDay = QuotaMonth.LastDay(Month);
        WorkingDays = QuotaMonth.WorkingDays(Month, LastDay.AddDays(1));
        var todayInMonth = today < Month ? Month : today > LastDay ? LastDay.AddDays(1) : today;
        WorkingDaysElapsed = QuotaMonth.WorkingDays(Month, todayInMonth);
        DaysLeft = LastDay.DayNumber - todayInMonth.DayNumber + 1;
    }

    public DateOnly Month { get; }
    public DateOnly Today { get; }
    public DateOnly LastDay { get; }
    public bool IsOver => Today > LastDay;

    /// <summary>Working days in the whole month.</summary>
    public int WorkingDays { get; }

    /// <summary>Working days of the month before today (all of them once the month is over).</summary>
    public int WorkingDaysElapsed { get; }

    /// <summary>Calendar days left in the month, today included (0 once it is over).</summary>
    public int DaysLeft { get; }

    public bool Contains(DateOnly day) => day >= Month && day <= LastDay;
}
