using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace GroupCrm.Core.Organisation;

/// <summary>The checks on a user's fields that need no database. The limits are public so forms can use the same numbers.</summary>
public static partial class UserRules
{
    public const int MinUserNameLength = 3;
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 100;
    public const int MaxEmailLength = 256;
    // Hashing is deliberately slow; an unbounded password would let one request burn a lot of CPU.
    public const int MaxPasswordLength = 256;

    public static IEnumerable<UserAdminError> CheckUserName(string userName)
    {
        if (userName.Length == 0)
            yield return new(nameof(NewUser.UserName), "Enter a user name.");
        else if (!UserNamePattern().IsMatch(userName))
            yield return new(nameof(NewUser.UserName), "A user name has 3 to 64 characters: letters, digits, dots, dashes and underscores.");
    }

    public static IEnumerable<UserAdminError> CheckProfile(string displayName, string? email, string role)
    {
        if (displayName.Length == 0)
            yield return new(nameof(UserChanges.DisplayName), "Enter a display name.");
        else if (displayName.Length > MaxDisplayNameLength)
            yield return new(nameof(UserChanges.DisplayName), "The display name can be at most 100 characters.");

        if (email is { Length: > MaxEmailLength })
            yield return new(nameof(UserChanges.Email), "The e-mail address can be at most 256 characters.");
        else if (email is not null && !new EmailAddressAttribute().IsValid(email))
            yield return new(nameof(UserChanges.Email), "The e-mail address is not valid.");

        if (!Roles.All.Contains(role, StringComparer.Ordinal))
            yield return new(nameof(UserChanges.Role), "Choose one of the four roles.");
    }

    /// <summary>Surrounding spaces are never meant; an empty e-mail means none.</summary>
    public static string Tidy(string? text) => text?.Trim() ?? "";

    public static string? TidyEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    // Only ASCII: user names are typed on every keyboard and appear in logs and e-mail addresses.
    [GeneratedRegex("^[a-zA-Z0-9._-]{3,64}$")]
    private static partial Regex UserNamePattern();
}
