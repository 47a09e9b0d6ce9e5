using GroupCrm.Core.Allocation.Rounds;

namespace GroupCrm.Core.Allocation.Notices;

/// <summary>Everything a notice says, read from the notice, its round, its account line and (for a store) its store line.</summary>
internal sealed record NoticeFacts(
    AllocationNotice Notice,
    NoticeRoundFacts Round,
    string AccountName,
    string AccountNameEn,
    string? StoreName,
    NoticeLineFacts Line,
    NoticeLineFacts? StoreLine,
    IReadOnlyList<NoticeStoreRow> StoreRows,
    int StoresInAccount,
    bool StoresSplitEqually)
{
    public bool IsHq => Notice.StoreId is null;
}

internal sealed record NoticeRoundFacts(
    int Id, int Revision, int? SupersedesId, int? SupersededById, RoundState State, DateOnly Month,
    string ProductCode, string ProductName, string ProductNameEn, string ProductUnit,
    long AvailableUnits, int PackSize, long ReserveUnits, RoundBasis Basis, int BasisMonths,
    int AccountCount, long PacksAllocated)
{
    /// <summary>P: the whole packs shared out after the reserve.</summary>
    public long PacksAvailable => (AvailableUnits - ReserveUnits) / PackSize;

    /// <summary>Units after the reserve that do not fill a pack; they stay back with the reserve.</summary>
    public long LooseUnits => (AvailableUnits - ReserveUnits) % PackSize;

    /// <summary>Packs no account could take because every account with a basis is at its maximum.</summary>
    public long PacksLeftInReserve => Math.Max(0, PacksAvailable - PacksAllocated);

    public bool Superseded => State == RoundState.Superseded;
}

/// <summary>One line's explanation: an account's line of the round, or a store's part of it.</summary>
internal sealed record NoticeLineFacts(
    decimal Basis, int? MinimumPacks, int? MaximumPacks, decimal SharePercent, decimal IdealPacks, string Cap,
    long WholePacks, int RoundingAdjustment, long EnginePacks, long FinalPacks, long FinalUnits, string? OverrideReason)
{
    public bool Overridden => OverrideReason is not null;
}
