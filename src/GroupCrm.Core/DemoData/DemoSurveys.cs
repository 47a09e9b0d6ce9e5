using System.Globalization;
using GroupCrm.Core.Data;
using GroupCrm.Core.Onboarding;
using static GroupCrm.Core.Onboarding.AccountState;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// The district market manager's site survey of every chain that got past the review, recorded a minute
/// before the review was completed; and the survey that does not recommend the chain turned down at its
/// first review.
/// </summary>
internal static class DemoSurveys
{
    private static readonly string[] Recommending =
    [
        "HQ and {0} stores visited. Shelves tidy, licences displayed, stock records kept; the buyer knows our ordering process.",
        "Visited HQ and {0} stores. Good locations on busy streets, clean stores, sales in line with the planned volume.",
        "HQ and {0} stores checked. Well-run chain with a clear ordering routine; recommended.",
    ];

    private const string NotRecommending =
        "HQ and {0} stores visited. Two stores sell without displaying the licence, stock records are incomplete and the " +
        "planned volume is far above what the stores sell. Not recommended.";

    public static void Add(CrmDbContext db, IReadOnlyList<DemoOnboarding> chains, DemoCalendar calendar)
    {
        var rng = new Random(20_26_07);
        foreach (var chain in chains)
        {
            if (chain.Reached(UnderReview) is not { } review) continue;
            var recommend = chain.Reached(SiteSurveyed) is not null;
            if (!recommend && chain.Account.State != Rejected) continue;

            var recordedAt = chain.Next(review, calendar.StartOfToday).AddMinutes(-1);
            // The visit may have been a day or two before it was written up, but not before the review began.
            var visited = DemoCalendar.LocalDate(recordedAt).AddDays(-rng.Next(3));
            var reviewDay = DemoCalendar.LocalDate(review.At);
            var stores = Math.Max(1, Math.Min(chain.Account.Stores.Count, rng.Next(3, 9)));
            short Score() => (short)(recommend ? rng.Next(3, 6) : rng.Next(1, 3));
            db.SiteSurveys.Add(new SiteSurvey
            {
                AccountId = chain.Account.Id,
                SurveyedOn = visited < reviewDay ? reviewDay : visited,
                LocationScore = Score(),
                EnvironmentScore = Score(),
                AppearanceScore = Score(),
                SalesScaleScore = Score(),
                ManagementScore = Score(),
                Notes = string.Format(CultureInfo.InvariantCulture, recommend ? DemoNames.Pick(rng, Recommending) : NotRecommending, stores),
                Recommend = recommend,
                SurveyedById = chain.Account.MarketManagerId!.Value,
                RecordedAt = recordedAt,
            });
        }
    }
}
