using GroupCrm.Core.Visits;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// A visit someone means to make on a day, at a minute after local midnight. Skipped ones stay in the plan
/// but never happen; ones from today on lie in the future and are only planned (and perhaps booked).
/// </summary>
internal sealed record DemoSlot(int UserId, DateOnly Day, VisitKind Kind, VisitAccount Account, VisitStore? Store, bool Skipped)
{
    public int Minute { get; set; }

    public DateTimeOffset At => DemoCalendar.At(Day, Minute);

    public bool Happens(DateOnly today) => !Skipped && Day < today;
}

/// <summary>Working days and the moments of a working day.</summary>
internal static class DemoVisitDays
{
    public static List<DateOnly> WorkingDays(DateOnly month)
    {
        var days = new List<DateOnly>();
        for (var d = month; d.Month == month.Month; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) days.Add(d);
        return days;
    }

    public static IEnumerable<DateOnly> Months(DateOnly first, DateOnly last)
    {
        for (var m = new DateOnly(first.Year, first.Month, 1); m <= last; m = m.AddMonths(1)) yield return m;
    }

    /// <summary>
    /// Times one person's slots of one day: HQ meetings at round times (9:30–10:30, a second one 14:00–15:00),
    /// store visits one after another from about nine, around the meetings.
    /// </summary>
    public static void Time(IReadOnlyList<DemoSlot> day, int salt)
    {
        var meetings = day.Where(s => s.Kind == VisitKind.Hq).ToList();
        for (var i = 0; i < meetings.Count; i++)
            meetings[i].Minute = (i == 0 ? 9 * 60 + 30 : 14 * 60) + 30 * (int)(3 * DemoHash.Unit(salt, meetings[i].Account.Id, meetings[i].Day.DayNumber));
        var stores = day.Where(s => s.Kind == VisitKind.Store).ToList();
        if (stores.Count == 0) return;
        var length = Math.Clamp(420 / stores.Count, 25, 55);
        var cursor = 9 * 60 + (int)(25 * DemoHash.Unit(salt + 1, stores[0].UserId, stores[0].Day.DayNumber));
        foreach (var store in stores)
        {
            foreach (var meeting in meetings.Where(m => cursor + length > m.Minute - 20 && cursor < m.Minute + 100))
                cursor = meeting.Minute + 110;
            store.Minute = cursor;
            cursor += length;
        }
    }
}
