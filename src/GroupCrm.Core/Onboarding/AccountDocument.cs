namespace GroupCrm.Core.Onboarding;

public enum DocumentVerdict { Pending, Accepted, Rejected }

/// <summary>
/// One version of one document of an account. A rejected document is replaced by a new version
/// (Version + 1); older versions stay as history. The file itself is in <see cref="StoredFile"/>.
/// </summary>
public sealed class AccountDocument
{
    public int Id { get; set; }
    public int AccountId { get; set; }
    public int DocumentTypeId { get; set; }
    public DocumentType? DocumentType { get; set; }
    public int Version { get; set; }
    public required string Number { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public Guid FileId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public required string Sha256 { get; set; }
    public int UploadedById { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public DocumentVerdict Verdict { get; set; }
    public string? VerdictReason { get; set; }
    public int? ReviewedById { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
}
