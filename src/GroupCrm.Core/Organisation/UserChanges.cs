namespace GroupCrm.Core.Organisation;

/// <summary>
/// The editable fields of a user. The user name stays as created, because people sign in with it.
/// <see cref="ConcurrencyStamp"/>, when given, is the stamp the editor loaded: a change by someone else since then is refused.
/// </summary>
public sealed record UserChanges(string DisplayName, string? Email, string Role, int? DistrictId, string? ConcurrencyStamp = null);
