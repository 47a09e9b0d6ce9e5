using GroupCrm.Core.Onboarding;

namespace GroupCrm.Web.Infrastructure;

/// <summary>The English words for code names (roles, states); these words are the localization keys.</summary>
public static class DisplayNames
{
    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>
    {
        [GroupCrm.Core.Organisation.Roles.Administrator] = "Administrator",
        [GroupCrm.Core.Organisation.Roles.MarketingCenter] = "Marketing centre",
        [GroupCrm.Core.Organisation.Roles.MarketManager] = "Market manager",
        [GroupCrm.Core.Organisation.Roles.AccountManager] = "Account manager",
    };

    public static readonly IReadOnlyDictionary<AccountState, string> States = new Dictionary<AccountState, string>
    {
        [AccountState.Draft] = "Draft",
        [AccountState.Submitted] = "Submitted",
        [AccountState.UnderReview] = "Under review",
        [AccountState.SiteSurveyed] = "Site surveyed",
        [AccountState.PendingApproval] = "Pending approval",
        [AccountState.Active] = "Active",
        [AccountState.Rejected] = "Rejected",
        [AccountState.Suspended] = "Suspended",
        [AccountState.Closed] = "Closed",
    };

    public static string Role(string? role) => role is null ? "" : Roles.GetValueOrDefault(role, role);

    public static string State(AccountState state) => States[state];
}
