namespace GroupCrm.Core.Onboarding;

/// <summary>Reference data: hypermarket, supermarket, convenience, …</summary>
public sealed class CustomerCategory
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
}
