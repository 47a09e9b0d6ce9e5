namespace GroupCrm.Core.Organisation;

/// <summary>The four roles of the spec. A user holds exactly one.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string MarketingCenter = nameof(MarketingCenter);
    public const string MarketManager = nameof(MarketManager);
    public const string AccountManager = nameof(AccountManager);

    public static readonly IReadOnlyList<string> All = [Administrator, MarketingCenter, MarketManager, AccountManager];

    /// <summary>Managers work inside one district; the other roles see every district.</summary>
    public static bool NeedsDistrict(string role) => role is MarketManager or AccountManager;
}
