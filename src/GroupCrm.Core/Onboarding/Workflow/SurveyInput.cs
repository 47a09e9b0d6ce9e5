namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>A site survey as the market manager enters it: the five scores of spec §1 (1–5), notes and a recommendation.</summary>
public sealed record SurveyInput(
    DateOnly? SurveyedOn, int LocationScore, int EnvironmentScore, int AppearanceScore, int SalesScaleScore, int ManagementScore,
    string? Notes, bool? Recommend);
