namespace GroupCrm.Core.Visits;

public enum VisitPlanState
{
    Draft,
    Submitted,
}

/// <summary>
/// An account manager's plan for one two-week period. Submitted plans are locked; a change is a new
/// revision, and the latest submitted revision is the plan in force.
/// </summary>
public sealed class VisitPlan
{
    public int Id { get; set; }
    public int UserId { get; set; }

    /// <summary>The Monday the 14-day period starts on (see <see cref="PlanPeriods"/>).</summary>
    public DateOnly PeriodStart { get; set; }

    public int Revision { get; set; } = 1;
    public VisitPlanState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public List<PlannedVisit> Visits { get; set; } = [];

    /// <summary>PostgreSQL's xmin: a save over a changed row is refused instead of overwriting it.</summary>
    public uint Version { get; set; }
}

/// <summary>One planned visit: the account's HQ (no store) or one of its stores, on a day of the period.</summary>
public sealed class PlannedVisit
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public DateOnly Day { get; set; }
    public VisitKind Kind { get; set; }
    public int AccountId { get; set; }
    public int? StoreId { get; set; }
}
