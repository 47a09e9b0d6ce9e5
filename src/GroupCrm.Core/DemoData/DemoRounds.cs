using GroupCrm.Core.Visits;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// An account manager's monthly round: every open store of their active chains once, spread evenly over the
/// working days chain by chain (the chains in a different order each month), and two HQ meetings per chain,
/// one in each half of the month. A manager who falls behind leaves the end of the round undone, the last
/// HQ meeting included.
/// </summary>
internal static class DemoRounds
{
    public static List<DemoSlot> Of(DemoVisitWorld world, string userName, int userId, DateOnly lastDay)
    {
        var slots = new List<DemoSlot>();
        var mine = world.Accounts.Where(a => a.ManagerId == userId).ToList();
        foreach (var month in DemoVisitDays.Months(world.First, lastDay))
        {
            var days = DemoVisitDays.WorkingDays(month);
            var chains = mine.OrderBy(a => DemoHash.Unit(120, a.Id, month.DayNumber)).ToList();
            var planned = new List<DemoSlot>();
            var missed = DemoVisitPace.MissedShare(userName, userId, month);
            for (var i = 0; i < 2 * chains.Count; i++)
            {
                var gap = Math.Max(1, days.Count / (2 * chains.Count));
                var at = Math.Min(days.Count - 1, i * days.Count / (2 * chains.Count) + (int)(gap * DemoHash.Unit(121, userId, month.DayNumber, i)));
                planned.Add(new DemoSlot(userId, days[at], VisitKind.Hq, chains[i % chains.Count], null, missed > 0 && i == 2 * chains.Count - 1));
            }
            var stores = chains.SelectMany(a => a.Stores.Select(s => (Account: a, Store: s))).ToList();
            var undone = (int)Math.Round(stores.Count * missed);
            var slips = DemoVisitPace.MaxSlips(stores.Count);
            for (var i = 0; i < stores.Count; i++)
            {
                var slip = DemoHash.Unit(122, stores[i].Store.Id, month.DayNumber) < DemoVisitPace.Slip && slips-- > 0;
                planned.Add(new DemoSlot(userId, days[i * days.Count / stores.Count], VisitKind.Store, stores[i].Account, stores[i].Store, slip || i >= stores.Count - undone));
            }
            slots.AddRange(planned.Where(s => s.Day >= world.First && s.Day <= lastDay && s.Day >= s.Account.ActiveFrom));
        }
        foreach (var day in slots.GroupBy(s => s.Day))
            DemoVisitDays.Time([.. day.OrderBy(s => s.Kind == VisitKind.Store).ThenBy(s => s.Account.Id)], 123);
        return slots;
    }
}
