namespace GroupCrm.Core.Organisation;

/// <summary>A sales district; market managers and account managers belong to one.</summary>
public sealed class District
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
}
