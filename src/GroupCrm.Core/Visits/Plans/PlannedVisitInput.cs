namespace GroupCrm.Core.Visits.Plans;

/// <summary>A visit to plan: a store of the account, or (no store) the account's HQ, on a day of the period.</summary>
public sealed record PlannedVisitInput(DateOnly Day, int AccountId, int? StoreId)
{
    public VisitKind Kind => StoreId is null ? VisitKind.Hq : VisitKind.Store;
}
