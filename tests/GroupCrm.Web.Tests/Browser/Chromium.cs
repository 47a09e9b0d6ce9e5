using Microsoft.Playwright;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium, driven by Playwright. Tests never let Playwright fetch a browser of its own:
/// the test command installs the distribution package instead.
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // No sandbox because CI runs as root; the networking flags stop Chromium calling home, which a
    // closed network answers with refused connections and slow starts.
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Starts Chromium; Playwright gives it a new, empty profile folder each time.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Browser tests need Chromium at {ExecutablePath}, which is missing. " +
                "Run scripts/test.sh: it installs Debian's chromium package before running the tests.");
        return playwright.Chromium.LaunchAsync(new() { ExecutablePath = ExecutablePath, Headless = true, Args = Flags });
    }
}
