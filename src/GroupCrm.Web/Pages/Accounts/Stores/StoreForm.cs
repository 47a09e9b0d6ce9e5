using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Onboarding.Stores;

namespace GroupCrm.Web.Pages.Accounts.Stores;

// The messages are the service's own (and localization keys), so the form and the service say the same thing.
public sealed class StoreForm
{
    [Required(ErrorMessage = "Enter the store's name.")]
    [StringLength(StoreRules.MaxNameLength, ErrorMessage = "The store name can be at most 200 characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Choose a customer category.")]
    public int? CategoryId { get; set; }

    [Required(ErrorMessage = "Enter the retail licence number.")]
    [StringLength(StoreRules.MaxLicenceLength, ErrorMessage = "A retail licence number has 6 to 50 characters: digits, letters and dashes.")]
    public string? RetailLicenceNumber { get; set; }

    [StringLength(StoreRules.MaxAddressLength, ErrorMessage = "The address can be at most 300 characters.")]
    public string? Address { get; set; }

    [StringLength(StoreRules.MaxContactLength, ErrorMessage = "The contact can be at most 100 characters.")]
    public string? ContactName { get; set; }

    [StringLength(RecordText.MaxPhoneLength, ErrorMessage = "The phone number can be at most 40 characters.")]
    public string? Phone { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "The estimated monthly sales must be a number between 0 and 100,000,000.")]
    public decimal? EstimatedMonthlySales { get; set; }

    /// <summary>The row version the editor loaded (0 for a new store).</summary>
    public uint Version { get; set; }

    public StoreInput ToInput() => new(Name, CategoryId, RetailLicenceNumber, Address, ContactName, Phone, EstimatedMonthlySales);
}
