using System.Reflection;
using System.Xml.Linq;
using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Mail;
using GroupCrm.Web.Pages.Letters;

namespace GroupCrm.Web.Tests.Letters.Review;

/// <summary>
/// The review's words that are not written as L["…"] in a page (Core's refusals, the names of states, the outbox's
/// reasons) have their Chinese too, and the outbox's reasons read in Chinese with the address kept as written.
/// </summary>
public sealed class LetterTranslationTests
{
    private static readonly HashSet<string> Chinese = ChineseKeys();

    [Fact]
    public void Every_refusal_of_the_review_has_a_translation()
    {
        var messages = typeof(LetterMessages).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && !f.Name.EndsWith("Field", StringComparison.Ordinal)).Select(f => (string)f.GetRawConstantValue()!).ToList();

        messages.Count.ShouldBeGreaterThan(10);
        messages.Where(m => !Chinese.Contains(m)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_letter_state_and_delivery_state_has_a_translation()
    {
        var names = Enum.GetValues<LetterState>().Select(LetterDisplay.State)
            .Concat(Enum.GetValues<MailState>().Select(LetterDisplay.Delivery)).Append(LetterDisplay.LanguageName("en")).Append(LetterDisplay.LanguageName("zh-Hans"));

        names.Where(n => !Chinese.Contains(n)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The recipient address \"\"王芳\" <wang at hualian>\" is not a valid e-mail address.", "收件人地址“王芳 <wang at hualian>”不是有效的电子邮件地址。")]
    [InlineData("The copy address \"am@\" is not a valid e-mail address.", "抄送地址“am@”不是有效的电子邮件地址。")]
    [InlineData("The message has no recipient.", "该邮件没有收件人。")]
    [InlineData("Failure sending mail. — Connection refused", "Failure sending mail. — Connection refused")]
    public void The_outboxs_reasons_read_in_the_users_language(string reason, string shown)
    {
        var translations = ChineseTranslations();

        LetterDisplay.Problem(reason, (m, a) => string.Format(System.Globalization.CultureInfo.InvariantCulture, translations.GetValueOrDefault(m, m), a))
            .ShouldBe(shown);
    }

    [Fact]
    public void The_interrupted_delivery_reads_in_Chinese() =>
        Chinese.ShouldContain(OutboxDelivery.InterruptedMessage);

    private static HashSet<string> ChineseKeys() => [.. ChineseTranslations().Keys];

    private static Dictionary<string, string> ChineseTranslations()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GroupCrm.sln"))) dir = dir.Parent;
        var resx = Path.Combine(dir!.FullName, "src", "GroupCrm.Web", "Resources", "SharedResource.zh-Hans.resx");
        return XDocument.Load(resx).Root!.Elements("data")
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .ToDictionary(d => (string)d.Attribute("name")!, d => d.Element("value")!.Value);
    }
}
