using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Web.Pages.Accounts.Contacts;

// The messages are the service's own (and localization keys). The e-mail check itself is Core's alone,
// so the form never accepts an address the service refuses or the other way round.
public sealed class ContactForm
{
    [Required(ErrorMessage = "Enter the contact's name.")]
    [StringLength(ContactRules.MaxNameLength, ErrorMessage = "The name can be at most 100 characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the contact's e-mail address.")]
    [StringLength(ContactRules.MaxEmailLength, ErrorMessage = "The e-mail address can be at most 254 characters.")]
    public string? Email { get; set; }

    [StringLength(RecordText.MaxPhoneLength, ErrorMessage = "The phone number can be at most 40 characters.")]
    public string? Phone { get; set; }

    [StringLength(ContactRules.MaxTitleLength, ErrorMessage = "The title can be at most 100 characters.")]
    public string? Title { get; set; }

    /// <summary>The row version the editor loaded (0 for a new contact).</summary>
    public uint Version { get; set; }

    public ContactInput ToInput() => new(Name, Email, Phone, Title);
}
