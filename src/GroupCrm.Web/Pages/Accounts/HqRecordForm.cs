using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Web.Pages.Accounts;

// The messages are the service's own (and localization keys), so the form and the service say the same thing.
public sealed class HqRecordForm
{
    [Required(ErrorMessage = "Enter the chain's name.")]
    [StringLength(HqRecordRules.MaxNameLength, ErrorMessage = "The name can be at most 200 characters.")]
    public string? Name { get; set; }

    [StringLength(HqRecordRules.MaxNameLength, ErrorMessage = "The English name can be at most 200 characters.")]
    public string? NameEn { get; set; }

    [StringLength(HqRecordRules.MaxLegalRepresentativeLength, ErrorMessage = "The legal representative can be at most 100 characters.")]
    public string? LegalRepresentative { get; set; }

    [StringLength(HqRecordRules.MaxAddressLength, ErrorMessage = "The address can be at most 300 characters.")]
    public string? HqAddress { get; set; }

    [StringLength(RecordText.MaxPhoneLength, ErrorMessage = "The phone number can be at most 40 characters.")]
    public string? OrderPhone { get; set; }

    [StringLength(HqRecordRules.MaxOrderFrequencyLength, ErrorMessage = "The order frequency can be at most 60 characters.")]
    public string? OrderFrequency { get; set; }

    [StringLength(HqRecordRules.MaxBankNameLength, ErrorMessage = "The bank name can be at most 100 characters.")]
    public string? BankName { get; set; }

    [StringLength(HqRecordRules.MaxBankAccountLength, ErrorMessage = "The bank account number can be at most 60 characters.")]
    public string? BankAccountNumber { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "The planned monthly volume must be between 0 and 100,000,000.")]
    public decimal? PlannedMonthlyVolume { get; set; }

    /// <summary>The language of the chain's written allocation notices: "zh-Hans" or "en" (checked by the service).</summary>
    public string? NoticeLanguage { get; set; }

    /// <summary>The row version the editor loaded, so a save over someone else's change is refused.</summary>
    public uint Version { get; set; }

    public HqRecordInput ToInput() =>
        new(Name, NameEn, LegalRepresentative, HqAddress, OrderPhone, OrderFrequency, BankName, BankAccountNumber, PlannedMonthlyVolume, NoticeLanguage);
}
