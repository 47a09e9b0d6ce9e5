namespace GroupCrm.Core.Organisation;

/// <summary>What an administrator enters to create a user. <see cref="DistrictId"/> counts only for managers.</summary>
public sealed record NewUser(string UserName, string DisplayName, string? Email, string Role, int? DistrictId, string Password);
