namespace GroupCrm.Core.Visits.Plans;

/// <summary>An account manager whose plans are shown.</summary>
public sealed record PlanOwner(int UserId, string DisplayName);

/// <summary>
/// Whose plans the page shows and whom else the viewer may pick. <see cref="Owner"/> is null when the person
/// asked for is not someone whose plans the viewer reads (a 404), or when there is nobody to show.
/// </summary>
public sealed record PlanOwners(PlanOwner? Owner, IReadOnlyList<PlanOwner> Choices);

/// <summary>One period of the plans list: its state, the plan in force and the plan against actual so far.</summary>
public sealed record PlanPeriodRow(
    DateOnly Start, DateOnly End, PeriodTiming Timing, int? InForceRevision, DateTimeOffset? SubmittedAt,
    int? DraftRevision, int DraftVisits, PlanTally Tally);

/// <summary>One revision of a period's plan.</summary>
public sealed record PlanRevision(
    int PlanId, int Revision, VisitPlanState State, DateTimeOffset CreatedAt, DateTimeOffset? SubmittedAt, uint Version, int Visits);

/// <summary>
/// A planned visit as shown. <see cref="Possible"/> is false when it could no longer be planned (the store was
/// deactivated, the account closed or passed to another manager): a draft is submitted only without such visits.
/// </summary>
public sealed record PlanItem(
    int Id, DateOnly Day, VisitKind Kind, int AccountId, string AccountName, int? StoreId, string? StoreName, bool Possible, PlanItemStatus Status);

public sealed record PlanDay(DateOnly Day, IReadOnlyList<PlanItem> Items);

/// <summary>A visit the plan's owner made in the period.</summary>
public sealed record ActualVisit(int Id, DateOnly On, VisitKind Kind, int AccountId, string AccountName, int? StoreId, string? StoreName)
{
    public VisitTarget Target => new(Kind, AccountId, StoreId);
}

/// <summary>
/// One period of one account manager: every revision, the one shown (by default the draft for its owner while
/// the period is ahead, else the plan in force), its 14 days with plan against actual, and the unplanned visits.
/// </summary>
public sealed record PlanPeriodView(
    PlanOwner Owner, DateOnly Start, PeriodTiming Timing, bool CanChange, IReadOnlyList<PlanRevision> Revisions,
    PlanRevision? Shown, IReadOnlyList<PlanDay> Days, IReadOnlyList<ActualVisit> Unplanned, PlanTally Tally)
{
    public DateOnly End => PlanPeriods.EndOf(Start);
    public PlanRevision? Draft => Revisions.FirstOrDefault(r => r.State == VisitPlanState.Draft);
    public PlanRevision? InForce => Revisions.Where(r => r.State == VisitPlanState.Submitted).MaxBy(r => r.Revision);

    /// <summary>The draft is shown to its owner before the period begins: the grid can be changed.</summary>
    public bool IsEditable => CanChange && Shown is { State: VisitPlanState.Draft };
}

/// <summary>What the add form offers: the owner's visitable accounts and the active stores of the chosen one.</summary>
public sealed record PlanChoices(IReadOnlyList<(int Id, string Name)> Accounts, int? AccountId, IReadOnlyList<(int Id, string Name)> Stores);

/// <summary>An active store of the manager's accounts that they have not visited yet in the month.</summary>
public sealed record UnvisitedStore(int AccountId, string AccountName, int StoreId, string StoreName, IReadOnlyList<DateOnly> PlannedOn);
