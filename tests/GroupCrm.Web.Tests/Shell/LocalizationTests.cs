using System.Text.RegularExpressions;
using System.Xml.Linq;
using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using GroupCrm.Web.Navigation;
using GroupCrm.Web.Pages;

namespace GroupCrm.Web.Tests.Shell;

/// <summary>Every English text the UI shows has its Simplified Chinese in the resource file.</summary>
public sealed partial class LocalizationTests
{
    [Fact]
    public void Every_visible_string_has_a_Chinese_translation()
    {
        var translated = ChineseKeys();
        var missing = VisibleStrings().Where(s => !translated.Contains(s)).Order().ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void The_scan_finds_the_strings_it_should()
    {
        var strings = VisibleStrings().ToList();
        strings.ShouldContain("Sign in");
        strings.ShouldContain("Enter your user name.");
        strings.ShouldContain("Drafts to submit");
        strings.Count.ShouldBeGreaterThan(60);
    }

    private static IEnumerable<string> VisibleStrings()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "GroupCrm.Web");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(web, "Pages"), "*.cs*", SearchOption.AllDirectories))
            foreach (Match m in UiText().Matches(File.ReadAllText(file)))
                yield return Regex.Unescape(m.Groups["text"].Value);
        foreach (var item in NavigationMenu.Items) yield return item.Title;
        foreach (var state in Enum.GetValues<AccountState>()) yield return DisplayNames.State(state);
        foreach (var role in Roles.All) yield return DisplayNames.Role(role);
        foreach (var message in ErrorModel.Messages.Values) yield return message;
    }

    private static HashSet<string> ChineseKeys()
    {
        var resx = Path.Combine(RepositoryRoot(), "src", "GroupCrm.Web", "Resources", "SharedResource.zh-Hans.resx");
        return XDocument.Load(resx).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => (string)d.Attribute("name")!).ToHashSet();
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupCrm.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GroupCrm.sln not found above the test folder.");
    }

    // L["…"], ErrorMessage = "…", Display(Name = "…"), and dashboard tiles new("…", …).
    [GeneratedRegex("""(?:L\[|ErrorMessage = |Display\(Name = |new Tile\(|new\()"(?<text>(?:[^"\\]|\\.)+)"(?=\]|\)|,)""")]
    private static partial Regex UiText();
}
