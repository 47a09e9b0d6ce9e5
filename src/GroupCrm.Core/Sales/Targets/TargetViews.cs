using GroupCrm.Core.Onboarding;

namespace GroupCrm.Core.Sales.Targets;

/// <summary>One account on the targets page: its total target for the month (null when none is set) and what it sold.</summary>
public sealed record TargetListRow(
    int AccountId, string Name, string DistrictName, string DistrictNameEn, string Manager, AccountState State,
    int? Total, uint TotalVersion, int ProductTargets, int? Sold, bool CanSet);

/// <summary>A target as set: for the whole account (no product) or for one product.</summary>
public sealed record TargetLine(int? ProductId, string? Code, string? Name, string? NameEn, int Quantity, uint Version, DateTimeOffset SetAt, string SetBy);

/// <summary>An active product someone can set a target or a forecast for.</summary>
public sealed record ProductChoice(int Id, string Code, string Name, string NameEn);

/// <summary>
/// An account's targets for one month. <see cref="Refusal"/> says why they cannot change (closed month,
/// closed account) for someone who could otherwise set them; <see cref="CanEdit"/> is the whole answer.
/// </summary>
public sealed record AccountTargets(
    AccountScope Account, DateOnly Month, bool CanSet, string? Refusal, TargetLine? Total, IReadOnlyList<TargetLine> Products, IReadOnlyList<ProductChoice> Choices)
{
    public bool CanEdit => CanSet && Refusal is null;
}
