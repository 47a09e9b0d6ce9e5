namespace GroupCrm.Core.Onboarding;

/// <summary>Reference data: a kind of licence or certificate a chain must provide (营业执照, 零售许可证, …).</summary>
public sealed class DocumentType
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string NameEn { get; set; }
    public bool IsRequired { get; set; }
    public bool Expires { get; set; }
    public int SortOrder { get; set; }
}
