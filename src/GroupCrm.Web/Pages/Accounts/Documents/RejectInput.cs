using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Onboarding.Documents;

namespace GroupCrm.Web.Pages.Accounts.Documents;

public sealed class RejectInput
{
    [Required(ErrorMessage = "Give the reason for rejecting this document.")]
    [StringLength(DocumentRules.MaxReasonLength, ErrorMessage = "The reason can be at most 500 characters.")]
    public string? Reason { get; set; }
}
