namespace GroupCrm.Core.Quotas;

/// <summary>A day of a market manager's store visits and the distinct stores it covered.</summary>
public sealed record OutingDay(DateOnly Day, int Stores);

/// <summary>An account that counts in the month, and the person's HQ visits to it that qualify (booked ≥ 24 h ahead).</summary>
public sealed record AccountHqVisits(int AccountId, string AccountName, string AccountNameEn, int Qualifying);

/// <summary>
/// A store owed a visit in the month, with the person's visit and notice facts: whether they visited it, whether
/// it has a store notice of an approved round for the month, and whether every such notice was handed over.
/// </summary>
public sealed record OwedStore(
    int AccountId, string AccountName, string AccountNameEn, int StoreId, string StoreName,
    bool Visited, bool HasNotice = false, bool NoticeHandedOver = false);

/// <summary>
/// Everything one person's month is judged on, as read from the database: the rules turn these into statuses
/// without another query. Facts a person's role does not use stay empty.
/// </summary>
public sealed record PersonFacts(
    IReadOnlyList<OutingDay> OutingDays,
    IReadOnlyList<AccountHqVisits> Accounts,
    IReadOnlySet<DateOnly> SubmittedPeriods,
    IReadOnlyList<OwedStore> Stores)
{
    public static readonly PersonFacts None = new([], [], new HashSet<DateOnly>(), []);
}
