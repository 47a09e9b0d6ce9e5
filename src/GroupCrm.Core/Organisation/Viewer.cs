namespace GroupCrm.Core.Organisation;

/// <summary>Who is asking: the signed-in user's id, role and district. Every read and write is scoped by it.</summary>
public sealed record Viewer(int UserId, string Role, int? DistrictId)
{
    public bool SeesEverything => Role is Roles.Administrator or Roles.MarketingCenter;
}
