using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Onboarding.Workflow;

namespace GroupCrm.Web.Pages.Accounts;

// The messages are the service's own (and localization keys), so the form and the service say the same thing.
public sealed class CreateAccountInput
{
    [Required(ErrorMessage = "Enter the chain's name.")]
    [StringLength(DraftAccountRules.MaxNameLength, ErrorMessage = "The name can be at most 200 characters.")]
    public string Name { get; set; } = "";

    [StringLength(DraftAccountRules.MaxNameLength, ErrorMessage = "The English name can be at most 200 characters.")]
    public string? NameEn { get; set; }

    [Required(ErrorMessage = "Enter the business licence number.")]
    [StringLength(50, ErrorMessage = "A business licence number is the 18-character unified social credit code: digits and capital letters except I, O, S, V and Z.")]
    public string BusinessLicenceNumber { get; set; } = "";

    [StringLength(DraftAccountRules.MaxAddressLength, ErrorMessage = "The HQ address can be at most 300 characters.")]
    public string? HqAddress { get; set; }

    [StringLength(DraftAccountRules.MaxPersonLength, ErrorMessage = "The legal representative's name can be at most 100 characters.")]
    public string? LegalRepresentative { get; set; }

    [StringLength(DraftAccountRules.MaxPhoneLength, ErrorMessage = "The order phone can be at most 40 characters.")]
    public string? OrderPhone { get; set; }

    /// <summary>Only an administrator chooses; an account manager always creates their own account.</summary>
    public int? AccountManagerId { get; set; }

    public DraftAccountInput ToDraft() => new(Name, NameEn, BusinessLicenceNumber, HqAddress, LegalRepresentative, OrderPhone, AccountManagerId);
}
