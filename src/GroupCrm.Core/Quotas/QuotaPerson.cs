namespace GroupCrm.Core.Quotas;

/// <summary>
/// A person the quotas apply to: an account manager or a market manager, with their district
/// (<see cref="DistrictName"/> is the district's Chinese name, <see cref="DistrictNameEn"/> its English one).
/// </summary>
public sealed record QuotaPerson(int UserId, string DisplayName, string Role, int? DistrictId, string? DistrictName)
{
    public string? DistrictNameEn { get; init; }
}
