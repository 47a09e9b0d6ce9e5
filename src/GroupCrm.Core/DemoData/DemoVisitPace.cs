namespace GroupCrm.Core.DemoData;

/// <summary>
/// How diligent each visitor of the demo is, so the quota and integrity pages have gaps to show.
/// Behind on store visits: am.west3 (in even calendar months) and am.north2 (in March, June, September and
/// December) leave the last 10–30 % of their monthly round undone and skip some plans; everybody else
/// visits nearly every store every month. Behind on outings: mm.north, who in two months out of three makes
/// fewer than four outings of ten stores or more. The sloppier account managers' records match a spot
/// check less often.
/// </summary>
internal static class DemoVisitPace
{
    public const string BehindMarketManager = "mm.north";

    private static readonly Dictionary<string, (Func<DateOnly, bool> BehindIn, double SkippedPlans, double Integrity)> Behind = new()
    {
        ["am.west3"] = (m => m.Month % 2 == 0, 0.25, 0.72),
        ["am.north2"] = (m => m.Month % 3 == 0, 0.12, 0.84),
    };

    /// <summary>The share of the month's round the manager leaves undone at its end: 0 for the diligent.</summary>
    public static double MissedShare(string userName, int userId, DateOnly month) =>
        Behind.TryGetValue(userName, out var b) && b.BehindIn(month) ? 0.10 + 0.20 * DemoHash.Unit(110, userId, month.DayNumber) : 0;

    /// <summary>How often a store drops out of a diligent round anyway (a sick day, a store closed for a refit)...</summary>
    public const double Slip = 0.01;

    /// <summary>... but never more than one store in fifty (at least one) in a month.</summary>
    public static int MaxSlips(int stores) => Math.Max(1, stores / 50);

    public static double SkippedPlans(string userName) => Behind.TryGetValue(userName, out var b) ? b.SkippedPlans : 0;

    /// <summary>The chance that a field of the manager's record agrees with a later spot check of the same shelf.</summary>
    public static double Integrity(string userName, int userId) =>
        Behind.TryGetValue(userName, out var b) ? b.Integrity : 0.90 + 0.07 * DemoHash.Unit(111, userId);

    public static bool MarketManagerBehindIn(string userName, DateOnly month) => userName == BehindMarketManager && month.Month % 3 != 0;
}
