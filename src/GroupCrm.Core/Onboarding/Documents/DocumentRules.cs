using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>The register's rules that pages need too (to show a link only when the step is allowed).</summary>
public static class DocumentRules
{
    public const int MaxNumberLength = 60;
    public const int MaxReasonLength = 500;
    public const int MaxFileNameLength = 100;

    /// <summary>Days ahead in which an expiry is flagged and reminded.</summary>
    public const int ExpiringSoonDays = 30;

    /// <summary>Licences older than this are typing mistakes, not documents.</summary>
    public static readonly DateOnly EarliestDate = new(1950, 1, 1);

    public static readonly DateOnly LatestExpiry = new(2099, 12, 31);

    /// <summary>Reviews are the district market manager's job (spec §1); an administrator may stand in.</summary>
    public static bool CanReview(this Viewer viewer, AccountScope account) => viewer.Role switch
    {
        Roles.Administrator => true,
        Roles.MarketManager => account.DistrictId == viewer.DistrictId,
        _ => false,
    };

    /// <summary>Closed accounts are history: their register is read-only.</summary>
    public static bool AcceptsUploads(AccountState state) => state != AccountState.Closed;

    /// <summary>
    /// A new version may replace the latest one only when that one is settled and no longer good:
    /// rejected, or accepted but expired or expiring within <see cref="ExpiringSoonDays"/>. A pending
    /// version is reviewed first, so a reviewer never judges a version that is already superseded.
    /// </summary>
    public static bool CanAddVersion(DocumentVerdict? latestVerdict, DateOnly? latestExpiresOn, DateOnly today) => latestVerdict switch
    {
        null or DocumentVerdict.Rejected => true,
        DocumentVerdict.Accepted => IsExpiringOrExpired(latestExpiresOn, today),
        _ => false,
    };

    public static bool IsExpired(DateOnly? expiresOn, DateOnly today) => expiresOn < today;

    public static bool IsExpiringSoon(DateOnly? expiresOn, DateOnly today) =>
        expiresOn >= today && expiresOn <= today.AddDays(ExpiringSoonDays);

    public static bool IsExpiringOrExpired(DateOnly? expiresOn, DateOnly today) => expiresOn <= today.AddDays(ExpiringSoonDays);
}
