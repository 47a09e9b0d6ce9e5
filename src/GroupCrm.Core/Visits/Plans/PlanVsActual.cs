namespace GroupCrm.Core.Visits.Plans;

/// <summary>How a planned visit turned out, judged on its day and the days before today.</summary>
public enum PlanItemStatus
{
    /// <summary>The day is still ahead.</summary>
    Upcoming,

    /// <summary>The plan's owner made a visit of the same kind to the same store (or the same HQ) that day.</summary>
    Done,

    /// <summary>Not that day, but on another day of the period.</summary>
    DoneOnAnotherDay,

    /// <summary>The day is today and the visit has not been recorded yet.</summary>
    NotYet,

    /// <summary>The day is over and no such visit was made in the period.</summary>
    Missed,
}

/// <summary>What a visit went to: a store of an account, or (no store) its HQ.</summary>
public readonly record struct VisitTarget(VisitKind Kind, int AccountId, int? StoreId);

/// <summary>The counts of one period: the plan's visits by outcome, and the visits the plan did not name.</summary>
public sealed record PlanTally(int Planned, int Done, int DoneOnAnotherDay, int Missed, int Unplanned)
{
    public static readonly PlanTally Empty = new(0, 0, 0, 0, 0);
}

/// <summary>
/// Plan against actual for one period. Only the plan owner's own visits count, and only those of the period:
/// a planned visit is done on its day, done on another day of the period, not yet (today) or missed; a visit
/// whose store or HQ the plan does not name at all is unplanned.
/// </summary>
public static class PlanVsActual
{
    public static PlanItemStatus StatusOf(DateOnly day, VisitTarget target, IEnumerable<(DateOnly On, VisitTarget Target)> visits, DateOnly today)
    {
        if (day > today) return PlanItemStatus.Upcoming;
        var days = visits.Where(v => v.Target == target).Select(v => v.On).ToList();
        if (days.Contains(day)) return PlanItemStatus.Done;
        if (days.Count > 0) return PlanItemStatus.DoneOnAnotherDay;
        return day == today ? PlanItemStatus.NotYet : PlanItemStatus.Missed;
    }

    public static bool IsUnplanned(VisitTarget visit, IEnumerable<VisitTarget> planned) => !planned.Contains(visit);

    public static PlanTally Tally(
        IReadOnlyCollection<(DateOnly Day, VisitTarget Target)> planned, IReadOnlyCollection<(DateOnly On, VisitTarget Target)> visits, DateOnly today)
    {
        var statuses = planned.Select(p => StatusOf(p.Day, p.Target, visits, today)).ToList();
        var targets = planned.Select(p => p.Target).ToHashSet();
        return new PlanTally(
            planned.Count,
            statuses.Count(s => s == PlanItemStatus.Done),
            statuses.Count(s => s == PlanItemStatus.DoneOnAnotherDay),
            statuses.Count(s => s == PlanItemStatus.Missed),
            visits.Count(v => IsUnplanned(v.Target, targets)));
    }
}
