using GroupCrm.Core.Data;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>
/// Records the district market manager's site survey while the account is being reviewed. A chain may be
/// surveyed again; every survey is kept and the latest one counts for the workflow's gates.
/// </summary>
public sealed class SiteSurveyRecorder(CrmDbContext db, TimeProvider clock, OrganisationCalendar calendar)
{
    public const int MaxNotesLength = 2000;
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);
    public static readonly AccountState[] OpenStates = [AccountState.UnderReview, AccountState.SiteSurveyed];

    /// <summary>Whether the viewer may record a survey of this account now: the rule the page's link and form follow too.</summary>
    public static bool MayRecord(Viewer viewer, AccountScope account) =>
        WorkflowActors.DistrictMarketManager.Includes(viewer, account) && OpenStates.Contains(account.State);

    public async Task<WorkflowResult> RecordAsync(Viewer viewer, int accountId, SurveyInput input, CancellationToken ct = default)
    {
        var account = await db.FindVisibleAsync(viewer, accountId, ct);
        if (account is null) return WorkflowResult.NotFound;
        if (!WorkflowActors.DistrictMarketManager.Includes(viewer, account))
            return WorkflowResult.Forbidden("Only the district's market manager can record a site survey.");
        if (!OpenStates.Contains(account.State))
            return WorkflowResult.Refused("", "This account is {0}: a site survey can be recorded only while it is under review or site surveyed.", account.State);
        var notes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        var errors = Check(input, notes, calendar.Today).ToList();
        if (errors.Count > 0) return WorkflowResult.Refused(errors);

        var survey = new SiteSurvey
        {
            AccountId = account.Id, SurveyedOn = input.SurveyedOn!.Value,
            LocationScore = (short)input.LocationScore, EnvironmentScore = (short)input.EnvironmentScore,
            AppearanceScore = (short)input.AppearanceScore, SalesScaleScore = (short)input.SalesScaleScore,
            ManagementScore = (short)input.ManagementScore,
            Notes = notes, Recommend = input.Recommend!.Value, SurveyedById = viewer.UserId, RecordedAt = clock.GetUtcNow(),
        };
        db.SiteSurveys.Add(survey);
        await db.SaveChangesAsync(ct);
        return WorkflowResult.Done(survey.Id);
    }

    private static IEnumerable<WorkflowError> Check(SurveyInput input, string? notes, DateOnly today)
    {
        if (input.SurveyedOn is not { } date) yield return new(nameof(input.SurveyedOn), "Enter the date of the survey.");
        else if (date > today) yield return new(nameof(input.SurveyedOn), "The survey date cannot be in the future.");
        else if (date < EarliestDate) yield return new(nameof(input.SurveyedOn), "The survey date cannot be before 2000-01-01.");
        foreach (var (field, score) in Scores(input))
            if (score is < 1 or > 5) yield return new(field, "Each score is a whole number from 1 to 5.");
        if (notes?.Length > MaxNotesLength) yield return new(nameof(input.Notes), "The notes can be at most 2000 characters.");
        if (input.Recommend is null) yield return new(nameof(input.Recommend), "Say whether you recommend the chain.");
    }

    private static IEnumerable<(string Field, int Score)> Scores(SurveyInput input) =>
    [
        (nameof(input.LocationScore), input.LocationScore), (nameof(input.EnvironmentScore), input.EnvironmentScore),
        (nameof(input.AppearanceScore), input.AppearanceScore), (nameof(input.SalesScaleScore), input.SalesScaleScore),
        (nameof(input.ManagementScore), input.ManagementScore),
    ];
}
