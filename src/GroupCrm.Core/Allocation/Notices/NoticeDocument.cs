namespace GroupCrm.Core.Allocation.Notices;

/// <summary>
/// A notice as it is read: on the printable page, on the acknowledgement page and in the e-mail. Every text
/// is already worded in the notice's <see cref="Language"/> (not the reader's interface language), so the
/// printed notice and the e-mailed one say the same thing.
/// </summary>
public sealed record NoticeDocument(
    int NoticeId,
    int RoundId,
    int RoundRevision,
    int AccountId,
    int? StoreId,
    string Language,
    string Title,
    string RecipientName,
    string ProductCode,
    string ProductName,
    DateOnly Month,
    long Packs,
    long Units,
    IReadOnlyList<string> Paragraphs,
    NoticeStoreTable? Stores,
    string Principles,
    NoticeStatus Status,
    DateTimeOffset IssuedAt,
    string IssuedLine,
    NoticeLabels Labels)
{
    public bool IsHq => StoreId is null;
}

/// <summary>The HQ notice's table of what each store receives, with its headings in the notice's language.</summary>
public sealed record NoticeStoreTable(
    string Caption, string StoreHeading, string PacksHeading, string UnitsHeading, string TotalLabel,
    IReadOnlyList<NoticeStoreRow> Rows)
{
    public long TotalPacks => Rows.Sum(r => r.Packs);
    public long TotalUnits => Rows.Sum(r => r.Units);
}

public sealed record NoticeStoreRow(int StoreId, string StoreName, long Packs, long Units);

/// <summary>What has happened to the notice since it was issued. <see cref="Lines"/> say it in the notice's language.</summary>
public sealed record NoticeStatus(
    bool RoundSuperseded,
    int? SupersededByRoundId,
    DateTimeOffset? EmailedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedByName,
    DateTimeOffset? HandedOverAt,
    string? HandedOverTo,
    IReadOnlyList<string> Lines)
{
    public bool Acknowledged => AcknowledgedAt is not null;
    public bool HandedOver => HandedOverAt is not null;
}

/// <summary>The fixed words around a notice (headings, the form on the acknowledgement page), in the notice's language.</summary>
public sealed record NoticeLabels(
    string WhyHeading,
    string PrinciplesHeading,
    string NameLabel,
    string AcknowledgeButton,
    string AcknowledgedThanks,
    string Print);
