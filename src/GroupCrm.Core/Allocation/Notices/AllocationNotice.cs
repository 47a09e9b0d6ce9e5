namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// The written notice of an approved round: one per HQ (covering all its stores; <see cref="StoreId"/> null),
/// e-mailed to the buyers and acknowledged through a signed link, and one per store, handed over during a
/// store visit and signed for by the store contact. Notice coverage of the visit quota counts the store notices.
/// </summary>
public sealed class AllocationNotice
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public int AccountId { get; set; }
    public int? StoreId { get; set; }
    public long Packs { get; set; }
    public long Units { get; set; }

    /// <summary>The account's notice language when the notice was issued: "zh-Hans" or "en".</summary>
    public string Language { get; set; } = "zh-Hans";

    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>HQ notices: when the e-mail to the buyers was queued.</summary>
    public DateTimeOffset? EmailedAt { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedByName { get; set; }

    /// <summary>The buyer contact whose link was used.</summary>
    public int? AcknowledgedByContactId { get; set; }

    /// <summary>Store notices: when it was handed over, on which visit, and the store contact who signed.</summary>
    public DateTimeOffset? HandedOverAt { get; set; }

    public int? HandedOverVisitId { get; set; }
    public string? HandedOverTo { get; set; }

    /// <summary>PostgreSQL's xmin: two acknowledgements at once cannot both be recorded.</summary>
    public uint Version { get; set; }
}
