using System.Text.RegularExpressions;
using System.Xml.Linq;
using GroupCrm.Core.Visits.Plans;
using GroupCrm.Web.Pages.Visits.Plans;

namespace GroupCrm.Web.Tests.Visits.Plans;

/// <summary>The plan refusals come from Core and the page's outcomes from constants: each needs its Chinese, with the same placeholders.</summary>
public sealed class PlanMessagesTests
{
    [Fact]
    public void Every_plan_message_has_a_Chinese_translation_with_the_same_placeholders()
    {
        var chinese = XDocument.Load(ResxPath()).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => d.Element("value")?.Value ?? "");
        var messages = PlanMessages.All.Concat(PlanPageMessages.All).ToList();

        messages.Where(m => string.IsNullOrWhiteSpace(chinese.GetValueOrDefault(m))).ShouldBeEmpty();
        messages.Where(chinese.ContainsKey).Where(m => Placeholders(m) != Placeholders(chinese[m])).ShouldBeEmpty();
        messages.Count.ShouldBeGreaterThan(20);
    }

    private static string Placeholders(string text) => string.Join(",", Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order());

    private static string ResxPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupCrm.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "GroupCrm.Web", "Resources", "SharedResource.zh-Hans.resx");
    }
}
