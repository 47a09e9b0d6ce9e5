using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// A throw-away self-signed certificate for localhost. The app refuses plain HTTP for forms
/// (its antiforgery cookie is Secure-only), so the browser tests speak HTTPS like production does.
/// </summary>
public static class TestCertificate
{
    public static X509Certificate2 CreateForLocalhost()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }
}
