using static GroupCrm.Core.Onboarding.AccountState;
using static GroupCrm.Core.Onboarding.Workflow.WorkflowActors;

namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>What must hold before a step is taken (checked again at every step past UnderReview).</summary>
[Flags]
public enum WorkflowGates
{
    None = 0,
    /// <summary>Every required document type has an accepted, unexpired current version.</summary>
    Documents = 1,
    /// <summary>At least one site survey is recorded.</summary>
    Survey = 2,
    /// <summary>The latest site survey recommends the chain.</summary>
    Recommendation = 4,
}

/// <summary>
/// One allowed move of the state machine. <see cref="Action"/> is the button's text; <see cref="OnlyMessage"/>
/// is what someone who may not take the step is told. All texts are English localization keys.
/// </summary>
public sealed record WorkflowStep(
    AccountState From, AccountState To, string Action, WorkflowActors Actors, bool ReasonRequired, WorkflowGates Gates, string OnlyMessage);

/// <summary>The onboarding state machine of spec §1, as data: every move not listed here is refused.</summary>
public static class WorkflowSteps
{
    public const int MaxNoteLength = 1000;

    private const string OnlyReviewer = "Only the district's market manager can reject an account under review.";

    public static readonly IReadOnlyList<WorkflowStep> All =
    [
        new(Draft, Submitted, "Submit", Owner, false, WorkflowGates.None, "Only the account's manager can submit it."),
        new(Submitted, UnderReview, "Start review", DistrictMarketManager, false, WorkflowGates.None,
            "Only the district's market manager can start the review."),
        new(UnderReview, SiteSurveyed, "Complete review and survey", DistrictMarketManager, false, WorkflowGates.Documents | WorkflowGates.Survey,
            "Only the district's market manager can complete the review."),
        new(SiteSurveyed, PendingApproval, "Send for approval", DistrictMarketManager, false,
            WorkflowGates.Documents | WorkflowGates.Survey | WorkflowGates.Recommendation,
            "Only the district's market manager can send an account for approval."),
        new(PendingApproval, Active, "Approve", MarketingCenter, false, WorkflowGates.Documents,
            "Only the marketing centre can approve an account."),
        new(PendingApproval, Rejected, "Reject", MarketingCenter, true, WorkflowGates.None,
            "Only the marketing centre can reject an account pending approval."),
        // The first review may turn a chain down at any point before it goes to the marketing centre.
        new(Submitted, Rejected, "Reject", DistrictMarketManager, true, WorkflowGates.None, OnlyReviewer),
        new(UnderReview, Rejected, "Reject", DistrictMarketManager, true, WorkflowGates.None, OnlyReviewer),
        new(SiteSurveyed, Rejected, "Reject", DistrictMarketManager, true, WorkflowGates.None, OnlyReviewer),
        new(Rejected, Draft, "Reopen", Owner, false, WorkflowGates.None, "Only the account's manager can reopen it."),
        new(Active, Suspended, "Suspend", MarketingCenter | DistrictMarketManager, true, WorkflowGates.None,
            "Only the marketing centre or the district's market manager can suspend an account."),
        new(Suspended, Active, "Reinstate", MarketingCenter, false, WorkflowGates.None,
            "Only the marketing centre can reinstate an account."),
        new(Active, Closed, "Close", MarketingCenter, true, WorkflowGates.None, "Only the marketing centre can close an account."),
        new(Suspended, Closed, "Close", MarketingCenter, true, WorkflowGates.None, "Only the marketing centre can close an account."),
    ];

    public static WorkflowStep? Find(AccountState from, AccountState to) => All.FirstOrDefault(s => s.From == from && s.To == to);

    public static IEnumerable<WorkflowStep> From(AccountState state) => All.Where(s => s.From == state);

    /// <summary>What someone is told who asks for a move the current state does not allow; {0} is the current state.</summary>
    public static string WrongStateMessage(AccountState to) => to switch
    {
        Draft => "This account is {0}: it cannot be reopened.",
        Submitted => "This account is {0}: it cannot be submitted.",
        UnderReview => "This account is {0}: its review cannot be started.",
        SiteSurveyed => "This account is {0}: its review cannot be completed.",
        PendingApproval => "This account is {0}: it cannot be sent for approval.",
        Active => "This account is {0}: it cannot be approved.",
        Rejected => "This account is {0}: it cannot be rejected.",
        Suspended => "This account is {0}: it cannot be suspended.",
        Closed => "This account is {0}: it cannot be closed.",
        _ => "This account is {0}: it cannot move to that state.",
    };
}
