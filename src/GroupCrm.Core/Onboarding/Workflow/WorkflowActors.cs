using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>Who may take a step of the onboarding workflow. An administrator may take every step.</summary>
[Flags]
public enum WorkflowActors
{
    /// <summary>The account's own account manager.</summary>
    Owner = 1,
    /// <summary>The market manager of the account's district.</summary>
    DistrictMarketManager = 2,
    MarketingCenter = 4,
}

public static class WorkflowActorRules
{
    public static bool Includes(this WorkflowActors actors, Viewer viewer, AccountScope account) => viewer.Role switch
    {
        Roles.Administrator => true,
        Roles.AccountManager => actors.HasFlag(WorkflowActors.Owner) && account.AccountManagerId == viewer.UserId,
        Roles.MarketManager => actors.HasFlag(WorkflowActors.DistrictMarketManager) && account.DistrictId == viewer.DistrictId,
        Roles.MarketingCenter => actors.HasFlag(WorkflowActors.MarketingCenter),
        _ => false,
    };
}
