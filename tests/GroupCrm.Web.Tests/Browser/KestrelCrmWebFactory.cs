using System.Net;
using System.Security.Cryptography.X509Certificates;
using GroupCrm.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// The app of <see cref="CrmWebFactory"/> on a real Kestrel socket over HTTPS, because a browser cannot
/// reach the in-memory test server. Port 0 lets the system pick a free port, so test classes never collide.
/// </summary>
public sealed class KestrelCrmWebFactory : CrmWebFactory
{
    private readonly X509Certificate2 _certificate = TestCertificate.CreateForLocalhost();

    public KestrelCrmWebFactory() =>
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));

    /// <summary>The root URL with host <c>localhost</c>, the name the certificate is made out to.</summary>
    public Uri RootUri
    {
        get
        {
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? throw new InvalidOperationException("Kestrel reported no listening address.");
            return new UriBuilder(address) { Host = "localhost", Path = "/" }.Uri;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _certificate.Dispose();
    }
}
