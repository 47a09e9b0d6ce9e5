namespace GroupCrm.Core.Onboarding;

/// <summary>
/// An in-app reminder for one user about one thing (e.g. a document about to expire). Unique per
/// user, kind and subject, so a job that runs twice cannot remind twice.
/// </summary>
public sealed class Notification
{
    public long Id { get; set; }
    public int UserId { get; set; }
    public required string Kind { get; set; }
    public int SubjectId { get; set; }
    public required string Text { get; set; }
    public int? AccountId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
