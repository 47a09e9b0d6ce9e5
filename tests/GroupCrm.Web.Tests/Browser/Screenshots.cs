using Microsoft.Playwright;

namespace GroupCrm.Web.Tests.Browser;

/// <summary>Full-page screenshots in the test output folder, kept for people to look at after a run.</summary>
public static class Screenshots
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        var file = new FileInfo(path);
        file.Exists.ShouldBeTrue($"screenshot {path} was not written");
        file.Length.ShouldBeGreaterThan(0);
        return path;
    }
}
