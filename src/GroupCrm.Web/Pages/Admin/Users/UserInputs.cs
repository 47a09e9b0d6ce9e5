using System.ComponentModel.DataAnnotations;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Web.Pages.Admin.Users;

// The messages are the service's own (and localization keys), so a form and the service say the same thing.

public sealed class CreateUserInput
{
    [Required(ErrorMessage = "Enter a user name.")]
    [StringLength(UserRules.MaxUserNameLength, MinimumLength = UserRules.MinUserNameLength,
        ErrorMessage = "A user name has 3 to 64 characters: letters, digits, dots, dashes and underscores.")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter a display name.")]
    [StringLength(UserRules.MaxDisplayNameLength, ErrorMessage = "The display name can be at most 100 characters.")]
    public string DisplayName { get; set; } = "";

    [StringLength(UserRules.MaxEmailLength, ErrorMessage = "The e-mail address can be at most 256 characters.")]
    [EmailAddress(ErrorMessage = "The e-mail address is not valid.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Choose one of the four roles.")]
    public string Role { get; set; } = Roles.AccountManager;

    public int? DistrictId { get; set; }

    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(UserRules.MaxPasswordLength, ErrorMessage = "The password is too long.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public NewUser ToNewUser() => new(UserName, DisplayName, Email, Role, DistrictId, Password);
}

public sealed class EditUserInput
{
    [Required(ErrorMessage = "Enter a display name.")]
    [StringLength(UserRules.MaxDisplayNameLength, ErrorMessage = "The display name can be at most 100 characters.")]
    public string DisplayName { get; set; } = "";

    [StringLength(UserRules.MaxEmailLength, ErrorMessage = "The e-mail address can be at most 256 characters.")]
    [EmailAddress(ErrorMessage = "The e-mail address is not valid.")]
    public string? Email { get; set; }

    [Required(ErrorMessage = "Choose one of the four roles.")]
    public string Role { get; set; } = "";

    public int? DistrictId { get; set; }

    /// <summary>The version the editor loaded, so a save over someone else's change is refused.</summary>
    public string? ConcurrencyStamp { get; set; }

    public UserChanges ToChanges() => new(DisplayName, Email, Role, DistrictId, ConcurrencyStamp);
}

public sealed class ResetPasswordInput
{
    [Required(ErrorMessage = "Enter a password.")]
    [StringLength(UserRules.MaxPasswordLength, ErrorMessage = "The password is too long.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
