namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>What an uploaded file really is: refused (with the reason), or accepted with its type and extension.</summary>
public sealed record FileCheckResult(string? ContentType, string? Extension, string? Error)
{
    public bool Accepted => Error is null;
}

/// <summary>
/// Decides from the bytes alone whether an upload is one of the accepted kinds. The name and the
/// browser's content type are chosen by the sender, so neither is trusted: a renamed program or an
/// HTML page called .pdf is refused, and an accepted file is stored and served under the type its
/// content shows.
/// </summary>
public static class UploadedFileCheck
{
    public const int MaxBytes = 10 * 1024 * 1024;

    public const string EmptyMessage = "The file is empty.";
    public const string TooLargeMessage = "The file is larger than 10 MB.";
    public const string WrongKindMessage =
        "Only PDF, JPEG and PNG files are accepted; this file is none of them (its name says nothing about its content).";

    private static readonly (byte[] Magic, string ContentType, string Extension)[] Kinds =
    [
        ("%PDF-"u8.ToArray(), "application/pdf", ".pdf"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "image/png", ".png"),
        ([0xFF, 0xD8, 0xFF], "image/jpeg", ".jpg"),
    ];

    public static FileCheckResult Check(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty) return Refused(EmptyMessage);
        if (content.Length > MaxBytes) return Refused(TooLargeMessage);
        foreach (var (magic, contentType, extension) in Kinds)
            if (content.StartsWith(magic)) return new FileCheckResult(contentType, extension, null);
        return Refused(WrongKindMessage);
    }

    /// <summary>
    /// Reads at most <see cref="MaxBytes"/> + 1 bytes: enough to tell that a file is too large
    /// without ever holding more than that in memory, whatever the sender claims about its size.
    /// </summary>
    public static Task<byte[]> ReadLimitedAsync(Stream content, CancellationToken ct = default) => ReadLimitedAsync(content, MaxBytes, ct);

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes, for uploads with a lower limit of their own.</summary>
    public static async Task<byte[]> ReadLimitedAsync(Stream content, int maxBytes, CancellationToken ct = default)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (buffer.Length <= maxBytes)
        {
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
            var read = await content.ReadAsync(chunk.AsMemory(0, wanted), ct);
            if (read == 0) break;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static FileCheckResult Refused(string message) => new(null, null, message);
}
