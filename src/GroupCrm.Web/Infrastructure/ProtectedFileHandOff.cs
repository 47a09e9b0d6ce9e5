using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace GroupCrm.Web.Infrastructure;

/// <summary>
/// Carries a previewed CSV file from the preview to the confirm button without keeping it on the server:
/// the file (compressed) travels in a hidden field, encrypted and signed for the ids it is bound to (the
/// user, and the account where there is one), valid for 30 minutes. The browser can neither read nor
/// change it, and nobody else can use it. Replaying it is harmless because every commit checks the file
/// again and imports write by key (update in place, upsert).
/// </summary>
public sealed class ProtectedFileHandOff(IDataProtectionProvider protection, string purpose)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector(purpose).ToTimeLimitedDataProtector();

    public string Protect(byte[] file, params int[] boundTo)
    {
        using var payload = new MemoryStream();
        Span<byte> id = stackalloc byte[4];
        foreach (var value in boundTo)
        {
            BinaryPrimitives.WriteInt32LittleEndian(id, value);
            payload.Write(id);
        }
        using (var gzip = new GZipStream(payload, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(file);
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload.ToArray(), Lifetime));
    }

    /// <returns>The file, or null when the token is forged, expired, or bound to other ids.</returns>
    public byte[]? Unprotect(string? token, params int[] boundTo)
    {
        if (string.IsNullOrEmpty(token)) return null;
        byte[] payload;
        try
        {
            payload = _protector.Unprotect(WebEncoders.Base64UrlDecode(token), out _);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        var header = boundTo.Length * 4;
        if (payload.Length < header) return null;
        for (var i = 0; i < boundTo.Length; i++)
            if (BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(i * 4)) != boundTo[i]) return null;
        using var gzip = new GZipStream(new MemoryStream(payload, header, payload.Length - header), CompressionMode.Decompress);
        using var file = new MemoryStream();
        gzip.CopyTo(file);
        return file.ToArray();
    }
}
