namespace GroupCrm.Core.Onboarding;

/// <summary>One store of a chain (卖场明细). The retail licence number is unique system-wide.</summary>
public sealed class Store
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public GroupAccount? Account { get; set; }
    public required string Name { get; set; }
    public required string RetailLicenceNumber { get; set; }
    public int CategoryId { get; set; }
    public CustomerCategory? Category { get; set; }
    public string? Address { get; set; }
    public string? ContactName { get; set; }
    public string? Phone { get; set; }
    public decimal? EstimatedMonthlySales { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>
    /// When the store was last deactivated (null while active). Quotas judge a past month by it: a store
    /// deactivated after the month ended was still owed that month's visit.
    /// </summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>PostgreSQL's xmin: a save over a changed row is refused instead of overwriting it.</summary>
    public uint Version { get; set; }
}
