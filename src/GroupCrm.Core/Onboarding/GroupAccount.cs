using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Onboarding;

/// <summary>A retail chain: its HQ record (总部档案) and the people responsible for it.</summary>
public sealed class GroupAccount
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public required string BusinessLicenceNumber { get; set; }
    public AccountState State { get; set; }
    public int DistrictId { get; set; }
    public District? District { get; set; }
    public int AccountManagerId { get; set; }
    public CrmUser? AccountManager { get; set; }
    public int? MarketManagerId { get; set; }
    public CrmUser? MarketManager { get; set; }
    public string? LegalRepresentative { get; set; }
    public string? HqAddress { get; set; }
    public string? OrderPhone { get; set; }
    public string? OrderFrequency { get; set; }
    public string? BankName { get; set; }
    public string? BankAccountNumber { get; set; }
    public decimal? PlannedMonthlyVolume { get; set; }

    /// <summary>The language written notices to the chain are worded in: "zh-Hans" (the default) or "en".</summary>
    public string NoticeLanguage { get; set; } = "zh-Hans";
    public DateTimeOffset CreatedAt { get; set; }
    public List<BuyerContact> BuyerContacts { get; set; } = [];
    public List<Store> Stores { get; set; } = [];

    /// <summary>PostgreSQL's xmin: a save over a changed row is refused instead of overwriting it.</summary>
    public uint Version { get; set; }
}
