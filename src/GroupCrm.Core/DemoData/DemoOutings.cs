using GroupCrm.Core.Visits;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// A market manager's month: four outings of 10–14 stores (now and then a fifth, shorter one), each a day
/// going through the stores of one chain and then the next, none visited twice in the month; and on other days
/// one HQ meeting per active chain of the district. In the months they are behind, three or four outings,
/// the last (and perhaps another) of only 6–9 stores, and a meeting or two missed.
/// </summary>
internal static class DemoOutings
{
    public static List<DemoSlot> Of(DemoVisitWorld world, string userName, int userId, DateOnly lastDay)
    {
        var slots = new List<DemoSlot>();
        var district = world.Accounts.Where(a => a.MarketManagerId == userId).ToList();
        foreach (var month in DemoVisitDays.Months(world.First, lastDay))
        {
            double U(int salt, int k = 0) => DemoHash.Unit(salt, userId, month.DayNumber, k);
            var behind = DemoVisitPace.MarketManagerBehindIn(userName, month);
            var days = DemoVisitDays.WorkingDays(month);
            var outings = behind ? 3 + (int)(2 * U(190)) : 4 + (U(190) < 0.4 ? 1 : 0);
            var outingDays = Enumerable.Range(0, outings).Select(i => days[Math.Min(days.Count - 1, i * days.Count / outings + (int)(3 * U(191, i)))]).ToList();
            var queue = district.OrderBy(a => DemoHash.Unit(192, a.Id, month.DayNumber))
                .SelectMany(a => a.Stores.OrderBy(s => DemoHash.Unit(193, s.Id, month.DayNumber)).Select(s => (Account: a, Store: s))).ToList();
            var next = 0;
            for (var i = 0; i < outings && next < queue.Count; i++)
            {
                var small = behind ? i == outings - 1 || U(194, i) < 0.4 : i == 4;
                var size = small ? 6 + (int)(4 * U(195, i)) : behind ? 10 + (int)(3 * U(195, i)) : 10 + (int)(5 * U(195, i));
                for (var k = 0; k < size && next < queue.Count; k++, next++)
                    slots.Add(new DemoSlot(userId, outingDays[i], VisitKind.Store, queue[next].Account, queue[next].Store, false));
            }
            var free = days.Except(outingDays).ToList();
            var chains = district.OrderBy(a => DemoHash.Unit(196, a.Id, month.DayNumber)).ToList();
            for (var i = 0; i < chains.Count; i++)
                slots.Add(new DemoSlot(userId, free[i * free.Count / chains.Count], VisitKind.Hq, chains[i], null, behind && U(197, i) < 0.15));
        }
        slots.RemoveAll(s => s.Day < world.First || s.Day > lastDay || s.Day < s.Account.ActiveFrom);
        foreach (var day in slots.GroupBy(s => s.Day))
            DemoVisitDays.Time([.. day], 198);
        return slots;
    }
}
