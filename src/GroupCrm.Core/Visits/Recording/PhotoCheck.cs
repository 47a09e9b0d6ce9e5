using GroupCrm.Core.Onboarding.Documents;

namespace GroupCrm.Core.Visits.Recording;

/// <summary>
/// A visit photo: JPEG or PNG by its bytes (the name and the browser's type are the sender's word), 5 MB at
/// most. The magic bytes are the document register's; only the kinds and the limit differ.
/// </summary>
public static class PhotoCheck
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public const string EmptyMessage = "The photo is empty.";
    public const string TooLargeMessage = "The photo is larger than 5 MB.";
    public const string WrongKindMessage =
        "Only JPEG and PNG photos are accepted; this file is neither (its name says nothing about its content).";

    private static readonly string[] ImageTypes = ["image/jpeg", "image/png"];

    public static FileCheckResult Check(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty) return new(null, null, EmptyMessage);
        if (content.Length > MaxBytes) return new(null, null, TooLargeMessage);
        var kind = UploadedFileCheck.Check(content);
        return kind.Accepted && ImageTypes.Contains(kind.ContentType) ? kind : new(null, null, WrongKindMessage);
    }

    /// <summary>Reads at most one byte more than the limit, whatever the sender claims about the size.</summary>
    public static Task<byte[]> ReadAsync(Stream content, CancellationToken ct = default) =>
        UploadedFileCheck.ReadLimitedAsync(content, MaxBytes, ct);
}
