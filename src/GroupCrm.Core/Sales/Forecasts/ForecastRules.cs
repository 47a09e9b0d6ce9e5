using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Sales.Forecasts;

/// <summary>
/// Who forecasts what: each month the account's manager (or an administrator) enters next month's demand
/// of each active account, product by product. Only next month is open: the current month is already
/// being sold, and a past month's forecast is what its accuracy is scored on.
/// </summary>
public static class ForecastRules
{
    public const string OnlyNextMonth = "Only next month's demand can be entered ({0}).";
    public const string ActiveAccountsOnly = "Forecasts are entered for active accounts only.";

    public static bool CanForecast(this Viewer viewer, AccountScope account) => viewer.Role switch
    {
        Roles.Administrator => true,
        Roles.AccountManager => account.AccountManagerId == viewer.UserId,
        _ => false,
    };
}
