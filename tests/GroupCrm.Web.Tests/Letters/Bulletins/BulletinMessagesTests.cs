using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GroupCrm.Core.Letters.Bulletins;
using GroupCrm.Web.Pages.Bulletins;

namespace GroupCrm.Web.Tests.Letters.Bulletins;

/// <summary>The bulletin refusals come from Core and some page texts from constants: each needs its Chinese, with the same placeholders.</summary>
public sealed class BulletinMessagesTests
{
    [Fact]
    public void Every_bulletin_message_has_a_Chinese_translation_with_the_same_placeholders()
    {
        var chinese = XDocument.Load(ResxPath()).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => d.Element("value")?.Value ?? "");
        var messages = Constants(typeof(BulletinMessages)).Concat(Constants(typeof(BulletinDisplay))).ToList();

        messages.Where(m => string.IsNullOrWhiteSpace(chinese.GetValueOrDefault(m))).ShouldBeEmpty();
        messages.Where(chinese.ContainsKey).Where(m => Placeholders(m) != Placeholders(chinese[m])).ShouldBeEmpty();
        messages.Count.ShouldBeGreaterThan(12);
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    private static string Placeholders(string text) => string.Join(",", Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order());

    private static string ResxPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupCrm.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "GroupCrm.Web", "Resources", "SharedResource.zh-Hans.resx");
    }
}
