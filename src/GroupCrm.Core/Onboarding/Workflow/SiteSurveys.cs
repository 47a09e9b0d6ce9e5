namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>An account may be surveyed more than once; the latest survey (by survey date, then by entry) is the one that counts.</summary>
public static class SiteSurveys
{
    public static IOrderedQueryable<SiteSurvey> LatestFirst(this IQueryable<SiteSurvey> surveys) =>
        surveys.OrderByDescending(s => s.SurveyedOn).ThenByDescending(s => s.Id);
}
