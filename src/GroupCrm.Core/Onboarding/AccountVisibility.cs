using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Onboarding;

/// <summary>
/// The spec's visibility rule in one place: an account manager sees their own accounts, a market
/// manager their district's, MarketingCenter and Administrator all. Queries start from here.
/// </summary>
public static class AccountVisibility
{
    public static IQueryable<GroupAccount> VisibleTo(this IQueryable<GroupAccount> accounts, Viewer viewer) => viewer.Role switch
    {
        Roles.Administrator or Roles.MarketingCenter => accounts,
        Roles.MarketManager => accounts.Where(a => a.DistrictId == viewer.DistrictId),
        Roles.AccountManager => accounts.Where(a => a.AccountManagerId == viewer.UserId),
        _ => accounts.Where(_ => false),
    };
}
