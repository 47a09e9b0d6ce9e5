using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Onboarding.Workflow;

namespace GroupCrm.Web.Pages.Accounts;

// The messages are the service's own (and localization keys), so the form and the service say the same thing.
public sealed class SurveyFormInput
{
    [Required(ErrorMessage = "Enter the date of the survey.")]
    public DateOnly? SurveyedOn { get; set; }

    [Required(ErrorMessage = "Each score is a whole number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Each score is a whole number from 1 to 5.")]
    public int? LocationScore { get; set; }

    [Required(ErrorMessage = "Each score is a whole number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Each score is a whole number from 1 to 5.")]
    public int? EnvironmentScore { get; set; }

    [Required(ErrorMessage = "Each score is a whole number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Each score is a whole number from 1 to 5.")]
    public int? AppearanceScore { get; set; }

    [Required(ErrorMessage = "Each score is a whole number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Each score is a whole number from 1 to 5.")]
    public int? SalesScaleScore { get; set; }

    [Required(ErrorMessage = "Each score is a whole number from 1 to 5.")]
    [Range(1, 5, ErrorMessage = "Each score is a whole number from 1 to 5.")]
    public int? ManagementScore { get; set; }

    [StringLength(SiteSurveyRecorder.MaxNotesLength, ErrorMessage = "The notes can be at most 2000 characters.")]
    public string? Notes { get; set; }

    [Required(ErrorMessage = "Say whether you recommend the chain.")]
    public bool? Recommend { get; set; }

    public SurveyInput ToSurvey() => new(SurveyedOn, LocationScore ?? 0, EnvironmentScore ?? 0, AppearanceScore ?? 0,
        SalesScaleScore ?? 0, ManagementScore ?? 0, Notes, Recommend);
}
