namespace GroupCrm.Core.Onboarding;

/// <summary>One step of an account's timeline: who moved it from which state to which, when, and why.</summary>
public sealed class AccountTransition
{
    public long Id { get; set; }
    public int AccountId { get; set; }
    public AccountState? FromState { get; set; }
    public AccountState ToState { get; set; }
    public int ByUserId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Note { get; set; }
}
