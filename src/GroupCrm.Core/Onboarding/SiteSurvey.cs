namespace GroupCrm.Core.Onboarding;

/// <summary>The market manager's site survey of a chain: five scores of 1–5, notes, and a recommendation.</summary>
public sealed class SiteSurvey
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public DateOnly SurveyedOn { get; set; }
    public short LocationScore { get; set; }
    public short EnvironmentScore { get; set; }
    public short AppearanceScore { get; set; }
    public short SalesScaleScore { get; set; }
    public short ManagementScore { get; set; }
    public string? Notes { get; set; }
    public bool Recommend { get; set; }
    public int SurveyedById { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
