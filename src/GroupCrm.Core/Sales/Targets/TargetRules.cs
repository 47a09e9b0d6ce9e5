using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Sales.Targets;

/// <summary>
/// Who sets targets and when: the district's market manager (or an administrator) sets them for any month
/// from the current one to 24 months ahead. A month that has ended is closed: its targets are what the
/// month was measured against, so they no longer change.
/// </summary>
public static class TargetRules
{
    public const int MonthsAhead = 24;
    public const string Closed = "This month has closed; its targets can no longer change.";
    public const string TooFarAhead = "Targets can be set at most 24 months ahead.";
    public const string NoTargets = "Closed and rejected accounts take no targets.";
    public const string InactiveProduct = "Choose an active product.";

    public static bool CanSet(this Viewer viewer, AccountScope account) => viewer.Role switch
    {
        Roles.Administrator => true,
        Roles.MarketManager => account.DistrictId == viewer.DistrictId,
        _ => false,
    };

    /// <summary>Whether the viewer's role sets targets at all (for menus and the import form).</summary>
    public static bool SetsTargets(this Viewer viewer) => viewer.Role is Roles.Administrator or Roles.MarketManager;

    public static bool TakesTargets(AccountState state) => state is not (AccountState.Closed or AccountState.Rejected);

    /// <returns>Why targets of <paramref name="month"/> cannot change now, or null when they can.</returns>
    public static string? MonthRefusal(DateOnly month, DateOnly currentMonth) =>
        month < currentMonth ? Closed : month > currentMonth.AddMonths(MonthsAhead) ? TooFarAhead : null;

    public static bool IsOpen(DateOnly month, DateOnly currentMonth) => MonthRefusal(month, currentMonth) is null;
}
