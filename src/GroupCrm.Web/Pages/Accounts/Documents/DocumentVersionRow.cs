using GroupCrm.Core.Onboarding;

namespace GroupCrm.Web.Pages.Accounts.Documents;

/// <summary>One version of a document as the register and review pages show it.</summary>
public sealed record DocumentVersionRow(
    int Id, int TypeId, int Version, string Number, DateOnly? IssuedOn, DateOnly? ExpiresOn, string FileName, string ContentType, long SizeBytes,
    string Sha256, string UploadedBy, DateTimeOffset UploadedAt, DocumentVerdict Verdict, string? Reason, string? ReviewedBy, DateTimeOffset? ReviewedAt)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
