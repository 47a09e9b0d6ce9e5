using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Onboarding.Documents;

namespace GroupCrm.Web.Pages.Accounts.Documents;

// The messages are the register's own (and localization keys), so the form and Core say the same thing.
public sealed class UploadInput
{
    [Required(ErrorMessage = "Choose a document type.")]
    public int? DocumentTypeId { get; set; }

    [Required(ErrorMessage = "Enter the document number.")]
    [StringLength(DocumentRules.MaxNumberLength, ErrorMessage = "The document number can be at most 60 characters.")]
    public string? Number { get; set; }

    [Required(ErrorMessage = "Enter the date of issue.")]
    public DateOnly? IssuedOn { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    [Required(ErrorMessage = "Choose the file to upload.")]
    public IFormFile? File { get; set; }
}
