using Microsoft.Playwright;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>
/// One running app (on its own fresh demo database) and one Chromium per test class
/// (<c>IClassFixture&lt;BrowserFixture&gt;</c>). Each test opens its own context, so cookies never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly KestrelCrmWebFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private bool _appStarted;

    public Uri RootUri { get; private set; } = null!;

    // The browser starts first, so a machine without Chromium fails fast with the message that says how to get it.
    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        await ((IAsyncLifetime)_app).InitializeAsync();
        _appStarted = true;
        _app.StartServer();
        RootUri = _app.RootUri;
    }

    /// <summary>The database the app under test runs on, to check outcomes.</summary>
    public GroupCrm.Core.Data.CrmDbContext CreateDbContext() => _app.CreateDbContext();

    /// <summary>A fresh browser context (no cookies) in English, with the given window size.</summary>
    public Task<IBrowserContext> NewContextAsync(Viewport viewport) => _browser!.NewContextAsync(new()
    {
        BaseURL = RootUri.ToString(),
        ViewportSize = new() { Width = viewport.Width, Height = viewport.Height },
        Locale = "en-US",
        // The app's certificate is self-signed for this run only.
        IgnoreHTTPSErrors = true,
        // Bootstrap then skips its transitions, so what a test sees is the settled page.
        ReducedMotion = ReducedMotion.Reduce,
    });

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_appStarted) await ((IAsyncLifetime)_app).DisposeAsync();
        else await _app.DisposeAsync();
    }
}

/// <summary>A window size; the phone is narrower than the navbar's breakpoint, so its menu is collapsed.</summary>
public sealed record Viewport(string Name, int Width, int Height)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 800);
    public static readonly Viewport Phone = new("phone", 390, 844);

    public static Viewport Named(string name) => name == Phone.Name ? Phone : Desktop;

    public override string ToString() => Name;
}
