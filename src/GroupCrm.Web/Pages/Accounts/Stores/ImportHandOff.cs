using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace GroupCrm.Web.Pages.Accounts.Stores;

/// <summary>
/// Carries a previewed CSV file from the preview to the confirm button without keeping it on the server:
/// the file (compressed) travels in a hidden field, encrypted and signed for one account and one user,
/// and valid for 30 minutes. The browser can neither read nor change it, and another user or account
/// cannot use it. Replaying it is harmless: the commit checks the file again, and importing the same
/// rows twice updates the stores the first import added.
/// </summary>
public sealed class ImportHandOff(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);
    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("GroupCrm.StoreImport.v1").ToTimeLimitedDataProtector();

    public string Protect(int accountId, int userId, byte[] file)
    {
        using var payload = new MemoryStream();
        Span<byte> ids = stackalloc byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(ids, accountId);
        BinaryPrimitives.WriteInt32LittleEndian(ids[4..], userId);
        payload.Write(ids);
        using (var gzip = new GZipStream(payload, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(file);
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload.ToArray(), Lifetime));
    }

    /// <returns>The file, or null when the token is forged, expired, or made for another account or user.</returns>
    public byte[]? Unprotect(string? token, int accountId, int userId)
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
        if (payload.Length < 8 || BinaryPrimitives.ReadInt32LittleEndian(payload) != accountId
            || BinaryPrimitives.ReadInt32LittleEndian(payload.AsSpan(4)) != userId) return null;
        using var gzip = new GZipStream(new MemoryStream(payload, 8, payload.Length - 8), CompressionMode.Decompress);
        using var file = new MemoryStream();
        gzip.CopyTo(file);
        return file.ToArray();
    }
}
