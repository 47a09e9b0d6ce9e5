using GroupCrm.Core.Allocation.Rounds;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// Where a round's notices stand: issued, e-mailed, acknowledged (HQ) and handed over (stores), with what is
/// still missing. For an account manager only their own accounts' notices (<see cref="IsPartial"/>).
/// A round that is not approved has no notices yet: every list is empty.
/// </summary>
public sealed record RoundTracking(
    int RoundId,
    RoundState State,
    DateOnly Month,
    bool IsPartial,
    IReadOnlyList<HqNoticeStatus> HqNotices,
    IReadOnlyList<StoreNoticeStatus> StoreNotices)
{
    public int HqIssued => HqNotices.Count;
    public int StoresIssued => StoreNotices.Count;
    public int Issued => HqIssued + StoresIssued;
    public int Emailed => HqNotices.Count(n => n.EmailedAt is not null);
    public int Acknowledged => HqNotices.Count(n => n.AcknowledgedAt is not null);
    public int HandedOver => StoreNotices.Count(n => n.HandedOverAt is not null);

    /// <summary>HQ notices no buyer has acknowledged yet.</summary>
    public IReadOnlyList<HqNoticeStatus> HqsNotAcknowledged => [.. HqNotices.Where(n => n.AcknowledgedAt is null)];

    /// <summary>HQ notices that could not be e-mailed: the account has no buyer contact.</summary>
    public IReadOnlyList<HqNoticeStatus> HqsNotEmailed => [.. HqNotices.Where(n => n.EmailedAt is null)];

    /// <summary>The stores still missing their notice: not handed over on a visit yet.</summary>
    public IReadOnlyList<StoreNoticeStatus> StoresNotHandedOver => [.. StoreNotices.Where(n => n.HandedOverAt is null)];
}

public sealed record HqNoticeStatus(
    int NoticeId, int AccountId, string AccountName, long Packs, long Units, string Language,
    DateTimeOffset IssuedAt, DateTimeOffset? EmailedAt, DateTimeOffset? AcknowledgedAt, string? AcknowledgedByName);

public sealed record StoreNoticeStatus(
    int NoticeId, int AccountId, string AccountName, int StoreId, string StoreName, long Packs, long Units,
    DateTimeOffset IssuedAt, DateTimeOffset? HandedOverAt, string? HandedOverTo, int? HandedOverVisitId);
