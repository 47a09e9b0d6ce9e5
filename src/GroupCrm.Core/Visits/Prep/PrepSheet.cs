using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Sales.Products;

namespace GroupCrm.Core.Visits.Prep;

/// <summary>
/// What to read before a visit: of the store (store prep) or of the account's HQ (HQ prep, no store). Each
/// list may be empty; the page says so rather than leaving a gap.
/// </summary>
public sealed record PrepSheet(
    PrepAccount Account,
    PrepStore? Store,
    IReadOnlyList<PrepStoreChoice> Stores,
    DateOnly Today,
    PrepAppointment? NextAppointment,
    IReadOnlyList<PrepVisitNote> LastVisits,
    IReadOnlyList<PrepFollowUp> OpenFollowUps,
    PrepSales Sales,
    PrepShelfCheck? LastShelfCheck,
    IReadOnlyList<ScarceAllocationLine> ScarceAllocation,
    IReadOnlyList<ProductNewsItem> News)
{
    public VisitKind Kind => Store is null ? VisitKind.Hq : VisitKind.Store;

    /// <summary>The viewer may record this visit now: they may visit the account, it is in business, and the store (if any) is open.</summary>
    public bool CanRecord => Account.CanVisit && Account.IsVisitable && Store?.IsActive != false;
}

public sealed record PrepAccount(int Id, string Name, string NameEn, AccountState State, string AccountManager, bool CanVisit)
{
    public bool IsVisitable => State is AccountState.Active or AccountState.Suspended;
}

public sealed record PrepStore(int Id, string Name, string? Address, string? ContactName, string? Phone, bool IsActive);

public sealed record PrepStoreChoice(int Id, string Name);

public sealed record PrepAccountChoice(int Id, string Name);

/// <summary>The account's next booked HQ appointment that no visit has kept yet (HQ prep).</summary>
public sealed record PrepAppointment(int Id, DateTimeOffset StartsAt, DateOnly Day, string Purpose, string? BuyerName);

/// <summary>One earlier visit: topics and requests of an HQ visit, or problems, feedback and flags of a store visit.</summary>
public sealed record PrepVisitNote(
    int Id, VisitKind Kind, DateOnly VisitedOn, DateTimeOffset VisitedAt, string Visitor,
    string? Topics, string? Requests, string? Problems, string? CustomerFeedback,
    bool ComplianceConcern, bool NoticeHandedOver, string? NoticeAcknowledgedBy, bool IsSpotCheck);

public sealed record PrepFollowUp(int Id, string Text, DateOnly DueOn, string Owner, DateOnly AgreedOn, bool Overdue);

public sealed record PrepSalesFigure(DateOnly Month, long Quantity, decimal Amount);

public sealed record PrepProductSales(int ProductId, string Code, string Name, string NameEn, bool IsScarce, IReadOnlyList<PrepSalesFigure> Months)
{
    public long Quantity => Months.Sum(m => m.Quantity);
    public decimal Amount => Months.Sum(m => m.Amount);
}

/// <summary>The last three full months, oldest first, with the top products of those months together.</summary>
public sealed record PrepSales(IReadOnlyList<DateOnly> Months, IReadOnlyList<PrepSalesFigure> Totals, IReadOnlyList<PrepProductSales> TopProducts)
{
    public bool HasSales => Totals.Any(t => t.Quantity > 0);
}

/// <summary>The products checked at the store's last visit with product checks, with today's list price beside the shelf price.</summary>
public sealed record PrepShelfCheck(int VisitId, DateOnly VisitedOn, string Visitor, IReadOnlyList<PrepProductCheck> Products);

public sealed record PrepProductCheck(
    int ProductId, string Code, string Name, string NameEn, bool IsScarce,
    bool Listed, int? SellThrough, decimal? ShelfPrice, int? StockOnHand, decimal ListPrice);

/// <summary>
/// A scarce product's quantity for the month under an approved allocation round: <see cref="Quantity"/> in units,
/// <see cref="Packs"/> in whole packs, with the round and the written notice (null only if it was never issued).
/// </summary>
public sealed record ScarceAllocationLine(int ProductId, string Code, string Name, string NameEn, int Quantity, long Packs, int RoundId, int? NoticeId);
