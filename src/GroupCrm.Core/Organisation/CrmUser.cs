using Microsoft.AspNetCore.Identity;

namespace GroupCrm.Core.Organisation;

/// <summary>A person who signs in. Managers belong to a district; disabled users cannot sign in.</summary>
public sealed class CrmUser : IdentityUser<int>
{
    public required string DisplayName { get; set; }
    public int? DistrictId { get; set; }
    public District? District { get; set; }
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
