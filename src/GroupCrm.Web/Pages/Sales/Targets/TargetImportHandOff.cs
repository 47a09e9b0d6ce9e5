using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace GroupCrm.Web.Pages.Sales.Targets;

/// <summary>
/// Carries a previewed target file from the preview to the confirm button without keeping it on the server:
/// the file (compressed) travels in a hidden field, encrypted and signed for one user, valid for 30 minutes.
/// Replaying it is harmless: the commit checks the file again, and importing the same rows twice leaves the same targets.
/// </summary>
public sealed class TargetImportHandOff(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("GroupCrm.TargetImport.v1").ToTimeLimitedDataProtector();

    public string Protect(int userId, byte[] file)
    {
        using var payload = new MemoryStream();
        Span<byte> id = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(id, userId);
        payload.Write(id);
        using (var gzip = new GZipStream(payload, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(file);
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload.ToArray(), Lifetime));
    }

    /// <returns>The file, or null when the token is forged, expired, or made for another user.</returns>
    public byte[]? Unprotect(string? token, int userId)
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
        if (payload.Length < 4 || BinaryPrimitives.ReadInt32LittleEndian(payload) != userId) return null;
        using var gzip = new GZipStream(new MemoryStream(payload, 4, payload.Length - 4), CompressionMode.Decompress);
        using var file = new MemoryStream();
        gzip.CopyTo(file);
        return file.ToArray();
    }
}
