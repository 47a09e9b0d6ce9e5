using System.Text.RegularExpressions;

namespace GroupCrm.Core.Onboarding.Workflow;

/// <summary>The checks on a new account's fields that need no database. The limits are public so forms use the same numbers.</summary>
public static partial class DraftAccountRules
{
    public const int MaxNameLength = 200;
    public const int MaxLicenceLength = 18;
    public const int MaxAddressLength = 300;
    public const int MaxPersonLength = 100;
    public const int MaxPhoneLength = 40;

    /// <summary>Trimmed; the licence number also upper-cased, since people type the letters of the code either way.</summary>
    public static DraftAccountInput Tidy(DraftAccountInput input) => input with
    {
        Name = input.Name?.Trim() ?? "",
        NameEn = input.NameEn?.Trim() ?? "",
        BusinessLicenceNumber = input.BusinessLicenceNumber?.Trim().ToUpperInvariant() ?? "",
        HqAddress = Optional(input.HqAddress),
        LegalRepresentative = Optional(input.LegalRepresentative),
        OrderPhone = Optional(input.OrderPhone),
    };

    public static IEnumerable<WorkflowError> Check(DraftAccountInput input)
    {
        if (string.IsNullOrEmpty(input.Name))
            yield return new(nameof(input.Name), "Enter the chain's name.");
        else if (input.Name.Length > MaxNameLength)
            yield return new(nameof(input.Name), "The name can be at most 200 characters.");
        if (input.NameEn?.Length > MaxNameLength)
            yield return new(nameof(input.NameEn), "The English name can be at most 200 characters.");
        if (string.IsNullOrEmpty(input.BusinessLicenceNumber))
            yield return new(nameof(input.BusinessLicenceNumber), "Enter the business licence number.");
        else if (!CreditCode().IsMatch(input.BusinessLicenceNumber))
            yield return new(nameof(input.BusinessLicenceNumber),
                "A business licence number is the 18-character unified social credit code: digits and capital letters except I, O, S, V and Z.");
        if (input.HqAddress?.Length > MaxAddressLength)
            yield return new(nameof(input.HqAddress), "The HQ address can be at most 300 characters.");
        if (input.LegalRepresentative?.Length > MaxPersonLength)
            yield return new(nameof(input.LegalRepresentative), "The legal representative's name can be at most 100 characters.");
        if (input.OrderPhone?.Length > MaxPhoneLength)
            yield return new(nameof(input.OrderPhone), "The order phone can be at most 40 characters.");
        else if (input.OrderPhone is not null && !Phone().IsMatch(input.OrderPhone))
            yield return new(nameof(input.OrderPhone), "The order phone may contain only digits, spaces and + - ( ).");
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // GB 32100-2015: 18 characters from digits and the capital letters other than I, O, S, V and Z.
    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{18}$")]
    private static partial Regex CreditCode();

    [GeneratedRegex(@"^[0-9+()\- ]+$")]
    private static partial Regex Phone();
}
