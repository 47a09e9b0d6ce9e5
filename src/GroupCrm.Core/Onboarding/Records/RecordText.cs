using System.Text.RegularExpressions;

namespace GroupCrm.Core.Onboarding.Records;

/// <summary>
/// The text checks the HQ record, the contacts and the stores share. Text is stored as typed (script
/// included: it is encoded when shown), only trimmed, and an empty optional field is stored as null.
/// </summary>
public static partial class RecordText
{
    public const int MaxPhoneLength = 40;
    public const decimal MaxAmount = 100_000_000m;

    public static string Required(string? text) => text?.Trim() ?? "";

    public static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Adds <paramref name="message"/> when the text is missing (if required) or longer than <paramref name="max"/>.</summary>
    public static void Check(List<RecordError> errors, string field, string? text, int max, string tooLong, string? missing = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            if (missing is not null) errors.Add(new(field, missing));
        }
        else if (text.Length > max) errors.Add(new(field, tooLong));
    }

    public static void CheckPhone(List<RecordError> errors, string field, string? phone)
    {
        if (phone is null) return;
        if (phone.Length > MaxPhoneLength) errors.Add(new(field, "The phone number can be at most 40 characters."));
        else if (!PhonePattern().IsMatch(phone)) errors.Add(new(field, "A phone number may contain only digits, spaces and + - ( )."));
    }

    public static void CheckAmount(List<RecordError> errors, string field, decimal? amount, string outOfRange)
    {
        if (amount is { } value && (value < 0 || value > MaxAmount)) errors.Add(new(field, outOfRange));
    }

    // At least one digit, so "()" or "-" alone is not a phone number.
    [GeneratedRegex(@"^[0-9 +\-()]*[0-9][0-9 +\-()]*$")]
    private static partial Regex PhonePattern();
}
