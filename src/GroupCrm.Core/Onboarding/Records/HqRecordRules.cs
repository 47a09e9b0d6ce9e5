using System.Text.RegularExpressions;
using GroupCrm.Core.Allocation.Notices;

namespace GroupCrm.Core.Onboarding.Records;

/// <summary>The HQ record's checks. The limits are the columns' and public, so the form uses the same numbers.</summary>
public static partial class HqRecordRules
{
    public const int MaxNameLength = 200;
    public const int MaxLegalRepresentativeLength = 100;
    public const int MaxAddressLength = 300;
    public const int MaxOrderFrequencyLength = 60;
    public const int MaxBankNameLength = 100;
    public const int MaxBankAccountLength = 60;
    public const string NoticeLanguageMessage = "Choose the language of the notices: Chinese or English.";

    /// <summary>Trimmed, empty optional fields as null: the values that are checked are the values that are stored.</summary>
    public static HqRecordInput Tidy(HqRecordInput input) => new(
        RecordText.Required(input.Name),
        RecordText.Required(input.NameEn),
        RecordText.Optional(input.LegalRepresentative),
        RecordText.Optional(input.HqAddress),
        RecordText.Optional(input.OrderPhone),
        RecordText.Optional(input.OrderFrequency),
        RecordText.Optional(input.BankName),
        RecordText.Optional(input.BankAccountNumber),
        input.PlannedMonthlyVolume,
        RecordText.Optional(input.NoticeLanguage));

    public static List<RecordError> Check(HqRecordInput hq)
    {
        var errors = new List<RecordError>();
        RecordText.Check(errors, nameof(hq.Name), hq.Name, MaxNameLength, "The name can be at most 200 characters.", "Enter the chain's name.");
        RecordText.Check(errors, nameof(hq.NameEn), hq.NameEn, MaxNameLength, "The English name can be at most 200 characters.");
        RecordText.Check(errors, nameof(hq.LegalRepresentative), hq.LegalRepresentative, MaxLegalRepresentativeLength,
            "The legal representative can be at most 100 characters.");
        RecordText.Check(errors, nameof(hq.HqAddress), hq.HqAddress, MaxAddressLength, "The address can be at most 300 characters.");
        RecordText.CheckPhone(errors, nameof(hq.OrderPhone), hq.OrderPhone);
        RecordText.Check(errors, nameof(hq.OrderFrequency), hq.OrderFrequency, MaxOrderFrequencyLength,
            "The order frequency can be at most 60 characters.");
        RecordText.Check(errors, nameof(hq.BankName), hq.BankName, MaxBankNameLength, "The bank name can be at most 100 characters.");
        if (hq.BankAccountNumber is { } account)
        {
            if (account.Length > MaxBankAccountLength)
                errors.Add(new(nameof(hq.BankAccountNumber), "The bank account number can be at most 60 characters."));
            else if (!BankAccountPattern().IsMatch(account))
                errors.Add(new(nameof(hq.BankAccountNumber), "A bank account number may contain only digits and spaces."));
        }
        RecordText.CheckAmount(errors, nameof(hq.PlannedMonthlyVolume), hq.PlannedMonthlyVolume,
            "The planned monthly volume must be between 0 and 100,000,000.");
        if (hq.NoticeLanguage is { } language && !NoticeLanguages.IsKnown(language))
            errors.Add(new(nameof(hq.NoticeLanguage), NoticeLanguageMessage));
        return errors;
    }

    [GeneratedRegex("^[0-9 ]*[0-9][0-9 ]*$")]
    private static partial Regex BankAccountPattern();
}
