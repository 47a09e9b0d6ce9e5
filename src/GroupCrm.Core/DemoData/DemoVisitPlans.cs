using GroupCrm.Core.Visits;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// The account managers' two-week plans, submitted two to six days before each period: the round's visits of
/// the period as they were meant, most on the day they then happened, one in sixteen on another day of the
/// period, and one in thirty made without being planned; visits later skipped are planned all the same.
/// am.west3 and am.north2 skip some periods. am.east2 and am.west1 each revised one plan before its period began
/// (revision 1 lacked some visits). For the period after the current one, some managers have submitted, some
/// have a draft and the others have not started.
/// </summary>
internal static class DemoVisitPlans
{
    private static readonly string[] Revisers = ["am.east2", "am.west1"];

    public static void Add(DemoVisitBook book, DemoVisitWorld world, string userName, int userId, IReadOnlyList<DemoSlot> slots, DateOnly nextPeriod)
    {
        double U(int salt, DateOnly start) => DemoHash.Unit(salt, userId, start.DayNumber);
        var byPeriod = slots.ToLookup(s => PlanPeriods.StartOf(s.Day));
        var periods = new List<DateOnly>();
        for (var start = PlanPeriods.StartOf(world.First); start < nextPeriod; start = start.AddDays(PlanPeriods.Days))
            if (U(210, start) >= DemoVisitPace.SkippedPlans(userName)) periods.Add(start);
        var revised = Revisers.Contains(userName) ? periods.MinBy(p => U(214, p)) : default(DateOnly?);

        foreach (var start in periods)
        {
            var entries = Entries(byPeriod[start], start, world.Today);
            var createdAt = DemoCalendar.At(start.AddDays(-(2 + (int)(5 * U(212, start)))), 14 * 60 + (int)(210 * U(213, start)));
            if (start != revised)
            {
                book.Plans.Add(Plan(userId, start, 1, createdAt, entries));
                continue;
            }
            var first = DemoCalendar.At(start.AddDays(-6), 15 * 60);
            book.Plans.Add(Plan(userId, start, 1, first, [.. entries.Where((_, i) => i % 8 != 3)]));
            book.Plans.Add(Plan(userId, start, 2, DemoCalendar.At(start.AddDays(-3), 10 * 60), entries));
        }
        // The next period: submitted or drafted yesterday or the day before, or not yet begun.
        var u = U(211, nextPeriod);
        if (u >= 0.7) return;
        var at = DemoCalendar.At(world.Today.AddDays(-1 - (int)(2 * U(212, nextPeriod))), 15 * 60 + (int)(120 * U(213, nextPeriod)));
        var plan = Plan(userId, nextPeriod, 1, at, Entries(byPeriod[nextPeriod], nextPeriod, world.Today));
        if (u >= 0.45) (plan.State, plan.SubmittedAt) = (VisitPlanState.Draft, null);
        book.Plans.Add(plan);
    }

    private static List<PlannedVisit> Entries(IEnumerable<DemoSlot> slots, DateOnly start, DateOnly today)
    {
        var weekdays = Enumerable.Range(0, PlanPeriods.Days).Select(start.AddDays).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).ToList();
        var taken = new HashSet<(DateOnly, int, int?)>();
        var entries = new List<PlannedVisit>();
        foreach (var slot in slots.OrderBy(s => s.Day).ThenBy(s => s.Minute))
        {
            double U(int salt) => DemoHash.Unit(salt, slot.Store?.Id ?? slot.Account.Id, slot.Day.DayNumber, slot.UserId);
            if (U(215) < 0.03 && slot.Happens(today)) continue;
            var day = U(215) < 0.09 ? weekdays[(int)(U(216) * weekdays.Count)] : slot.Day;
            if (!taken.Add((day, slot.Account.Id, slot.Store?.Id)))
            {
                day = slot.Day;
                if (!taken.Add((day, slot.Account.Id, slot.Store?.Id))) continue;
            }
            entries.Add(new PlannedVisit { Day = day, Kind = slot.Kind, AccountId = slot.Account.Id, StoreId = slot.Store?.Id });
        }
        return entries;
    }

    private static VisitPlan Plan(int userId, DateOnly start, int revision, DateTimeOffset createdAt, List<PlannedVisit> entries) => new()
    {
        UserId = userId,
        PeriodStart = start,
        Revision = revision,
        State = VisitPlanState.Submitted,
        CreatedAt = createdAt,
        SubmittedAt = createdAt.AddMinutes(10 + (int)(80 * DemoHash.Unit(217, userId, start.DayNumber, revision))),
        // Each revision owns its rows: a revision copies the one before.
        Visits = [.. entries.Select(e => new PlannedVisit { Day = e.Day, Kind = e.Kind, AccountId = e.AccountId, StoreId = e.StoreId })],
    };
}
