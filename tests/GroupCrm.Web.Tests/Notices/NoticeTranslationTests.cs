using System.Xml.Linq;
using GroupCrm.Core.Allocation.Notices;

namespace GroupCrm.Web.Tests.Notices;

/// <summary>
/// The acknowledgement page words Core's refusals and name checks through the localizer in the notice's language;
/// they live in Core, out of reach of the scan of the pages' own strings, so they are checked here.
/// </summary>
public sealed class NoticeTranslationTests
{
    [Fact]
    public void Every_refusal_and_every_name_check_has_its_Chinese()
    {
        var messages = Enum.GetValues<AckRefusal>().Where(r => r != AckRefusal.None).Select(AckRefusals.Message)
            .Append(NoticeAcknowledgements.NameRequiredMessage)
            .Append(NoticeAcknowledgements.NameTooLongMessage)
            .Append("The name may not contain control characters.")
            .ToList();

        messages.ShouldAllBe(m => m.Length > 0);
        messages.Where(m => !ChineseKeys().Contains(m)).ShouldBeEmpty();
    }

    private static HashSet<string> ChineseKeys()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupCrm.sln"))) dir = dir.Parent;
        var resx = Path.Combine(dir!.FullName, "src", "GroupCrm.Web", "Resources", "SharedResource.zh-Hans.resx");
        return XDocument.Load(resx).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => (string)d.Attribute("name")!).ToHashSet();
    }
}
