namespace GroupCrm.Core.Visits;

/// <summary>An HQ visit meets the chain's buyers by appointment; a store visit checks shelves and stock.</summary>
public enum VisitKind
{
    Hq,
    Store,
}
