using System.Security.Cryptography;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Documents;

namespace GroupCrm.Core.DemoData;

/// <summary>
/// Document versions with their stored files, as an upload and a review would write them. Every version
/// has its own file row, but the bytes are one small sample per document type; numbers follow the real
/// formats and depend only on the account, so a replacement version carries the same number.
/// </summary>
internal sealed class DemoDocumentRows(Random rng, IReadOnlyList<DocumentType> types)
{
    private sealed record Sample(byte[] Content, string ContentType, string Extension, string Sha256);

    // The ID card is a photo; the certificates are scanned to PDF.
    private readonly Dictionary<int, Sample> _samples = types.ToDictionary(t => t.Id, t =>
    {
        var content = t.Code == "LEGAL_REP_ID" ? SampleFiles.Png(32, 20) : SampleFiles.Pdf($"{t.NameEn} - demo sample");
        var kind = UploadedFileCheck.Check(content);
        return new Sample(content, kind.ContentType!, kind.Extension!, Convert.ToHexStringLower(SHA256.HashData(content)));
    });

    public List<StoredFile> Files { get; } = [];

    public List<AccountDocument> Documents { get; } = [];

    public IReadOnlyList<DocumentType> Types => types;

    /// <summary>A pending version uploaded by the account manager; a replacement keeps the number and dates of <paramref name="replaces"/>.</summary>
    public AccountDocument Upload(DemoOnboarding chain, DocumentType type, DateTimeOffset at, DateOnly today, AccountDocument? replaces = null)
    {
        var sample = _samples[type.Id];
        var file = new StoredFile { Id = NewId(), Content = sample.Content, StoredAt = at };
        var issuedOn = DemoCalendar.LocalDate(at).AddDays(-rng.Next(60, 1500));
        DateOnly? expiresOn = type.Expires ? today.AddDays(rng.Next(365, 1096)) : null;
        var version = (replaces?.Version ?? 0) + 1;
        var document = new AccountDocument
        {
            AccountId = chain.Account.Id,
            DocumentTypeId = type.Id,
            Version = version,
            Number = replaces?.Number ?? DemoDocumentNumbers.For(chain.Chain, type),
            IssuedOn = replaces?.IssuedOn ?? issuedOn,
            ExpiresOn = replaces is null ? expiresOn : replaces.ExpiresOn,
            FileId = file.Id,
            FileName = $"{type.Code.ToLowerInvariant().Replace('_', '-')}-v{version}{sample.Extension}",
            ContentType = sample.ContentType,
            SizeBytes = sample.Content.Length,
            Sha256 = sample.Sha256,
            UploadedById = chain.Account.AccountManagerId,
            UploadedAt = at,
            Verdict = DocumentVerdict.Pending,
        };
        Files.Add(file);
        Documents.Add(document);
        return document;
    }

    /// <summary>The district market manager's verdict.</summary>
    public static void Review(DemoOnboarding chain, AccountDocument document, DateTimeOffset at, DocumentVerdict verdict, string? reason = null)
    {
        document.Verdict = verdict;
        document.VerdictReason = reason;
        document.ReviewedById = chain.Account.MarketManagerId!.Value;
        document.ReviewedAt = at;
    }

    // Random version-4 ids drawn from the seeded generator: the same ids every run.
    private Guid NewId()
    {
        var bytes = new byte[16];
        rng.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
