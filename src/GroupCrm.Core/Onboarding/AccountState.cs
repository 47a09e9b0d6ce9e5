namespace GroupCrm.Core.Onboarding;

/// <summary>The onboarding states of a group account (spec §1). Stored by name.</summary>
public enum AccountState
{
    Draft,
    Submitted,
    UnderReview,
    SiteSurveyed,
    PendingApproval,
    Active,
    Rejected,
    Suspended,
    Closed,
}
