using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Visits.Appointments;
using GroupCrm.Web.Pages.Visits.Lists;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Visits.Appointments;

/// <summary>
/// The booking and reschedule form. Day and time arrive as text (an input of type date or time sends
/// "2026-03-16" and "14:30") and are read here, so a mangled value gets a message of ours, not the binder's.
/// </summary>
public sealed class AppointmentForm
{
    public int AccountId { get; set; }
    public int? BuyerContactId { get; set; }

    [StringLength(10, ErrorMessage = "Enter the day as YYYY-MM-DD.")]
    public string? Day { get; set; }

    [StringLength(8, ErrorMessage = "Enter the time as HH:MM.")]
    public string? Time { get; set; }

    [StringLength(AppointmentRules.MaxPurposeLength, ErrorMessage = "The purpose can be at most 500 characters.")]
    public string? Purpose { get; set; }

    public uint Version { get; set; }

    /// <summary>The day and time as values, or null (with a form error) when the text is not one.</summary>
    public (DateOnly? Day, TimeOnly? Time) Read(ModelStateDictionary modelState, string prefix, IStringLocalizer L)
    {
        DateOnly? day = null;
        TimeOnly? time = null;
        if (!string.IsNullOrWhiteSpace(Day))
        {
            if (VisitText.TryParseDay(Day, out var d)) day = d;
            else modelState.AddModelError($"{prefix}.{nameof(Day)}", L["Enter the day as YYYY-MM-DD."]);
        }
        if (!string.IsNullOrWhiteSpace(Time))
        {
            if (VisitText.TryParseTime(Time, out var t)) time = t;
            else modelState.AddModelError($"{prefix}.{nameof(Time)}", L["Enter the time as HH:MM."]);
        }
        return (day, time);
    }
}
