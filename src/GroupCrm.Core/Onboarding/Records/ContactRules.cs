using System.Net.Mail;
using System.Text.RegularExpressions;

namespace GroupCrm.Core.Onboarding.Records;

/// <summary>A buyer contact's checks. Monthly letters and allocation notices go to the e-mail, so it must be deliverable-looking.</summary>
public static partial class ContactRules
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;
    public const int MaxTitleLength = 100;

    public static ContactInput Tidy(ContactInput input) => new(
        RecordText.Required(input.Name),
        RecordText.Required(input.Email),
        RecordText.Optional(input.Phone),
        RecordText.Optional(input.Title));

    public static List<RecordError> Check(ContactInput contact)
    {
        var errors = new List<RecordError>();
        RecordText.Check(errors, nameof(contact.Name), contact.Name, MaxNameLength, "The name can be at most 100 characters.", "Enter the contact's name.");
        if (string.IsNullOrEmpty(contact.Email)) errors.Add(new(nameof(contact.Email), "Enter the contact's e-mail address."));
        else if (contact.Email.Length > MaxEmailLength) errors.Add(new(nameof(contact.Email), "The e-mail address can be at most 254 characters."));
        else if (!IsValidEmail(contact.Email)) errors.Add(new(nameof(contact.Email), "The e-mail address is not valid."));
        RecordText.CheckPhone(errors, nameof(contact.Phone), contact.Phone);
        RecordText.Check(errors, nameof(contact.Title), contact.Title, MaxTitleLength, "The title can be at most 100 characters.");
        return errors;
    }

    /// <summary>
    /// MailAddress alone accepts display names ("Li &lt;li@x.cn&gt;"), comments and dotless domains; the
    /// pattern then asks for one plain address: a local part without spaces or separators, and a
    /// domain of dot-separated labels ending in a letter-only top-level label.
    /// </summary>
    public static bool IsValidEmail(string email)
    {
        if (!EmailPattern().IsMatch(email)) return false;
        try
        {
            return new MailAddress(email).Address == email;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[^\s@<>()\[\]\\,;:""]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$")]
    private static partial Regex EmailPattern();
}
