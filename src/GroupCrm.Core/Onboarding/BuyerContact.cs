namespace GroupCrm.Core.Onboarding;

/// <summary>An HQ buyer: not a user, but the recipient of letters and notices.</summary>
public sealed class BuyerContact
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? Phone { get; set; }
    public string? Title { get; set; }

    /// <summary>PostgreSQL's xmin: a save over a changed row is refused instead of overwriting it.</summary>
    public uint Version { get; set; }
}
