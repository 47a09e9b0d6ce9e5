namespace GroupCrm.Core.Allocation.Rounds;

public enum RoundEventKind
{
    Created,
    Overridden,
    OverrideRemoved,
    Submitted,
    SentBack,
    Approved,
    Superseded,
}

/// <summary>The round's audit trail: who did what and when; an override also names the account, the packs before and after, and the reason.</summary>
public sealed class RoundEvent
{
    public long Id { get; set; }
    public int RoundId { get; set; }
    public RoundEventKind Kind { get; set; }
    public int ById { get; set; }
    public DateTimeOffset At { get; set; }
    public int? AccountId { get; set; }
    public long? FromPacks { get; set; }
    public long? ToPacks { get; set; }
    public string? Note { get; set; }
}
