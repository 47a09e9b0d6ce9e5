namespace GroupCrm.Core.Visits;

/// <summary>Something agreed at an HQ visit: who does it and by when. Open until marked done.</summary>
public sealed class FollowUp
{
    public int Id { get; set; }
    public int VisitId { get; set; }
    public int AccountId { get; set; }
    public required string Text { get; set; }
    public DateOnly DueOn { get; set; }
    public int OwnerId { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public int? DoneById { get; set; }
}
