using System.Xml.Linq;
using GroupCrm.Core.Sales.Import;

namespace GroupCrm.Web.Tests.Sales;

/// <summary>The import's messages come from Core and reach the page through L[…]: each needs its Chinese too.</summary>
public sealed class ImportMessagesTests
{
    [Fact]
    public void Every_message_of_the_sales_import_has_a_Chinese_translation_with_the_same_placeholders()
    {
        var chinese = XDocument.Load(ResxPath()).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => d.Element("value")?.Value ?? "");

        var missing = SalesImportMessages.All.Where(m => string.IsNullOrWhiteSpace(chinese.GetValueOrDefault(m))).ToList();
        var placeholdersDiffer = SalesImportMessages.All.Where(chinese.ContainsKey)
            .Where(m => Placeholders(m) != Placeholders(chinese[m])).ToList();

        missing.ShouldBeEmpty();
        placeholdersDiffer.ShouldBeEmpty();
    }

    private static string Placeholders(string text) =>
        string.Join(",", System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order());

    private static string ResxPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupCrm.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "src", "GroupCrm.Web", "Resources", "SharedResource.zh-Hans.resx");
    }
}
