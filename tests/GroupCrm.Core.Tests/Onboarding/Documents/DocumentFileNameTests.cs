using GroupCrm.Core.Onboarding.Documents;

namespace GroupCrm.Core.Tests.Onboarding.Documents;

/// <summary>The name a document is downloaded under keeps what helps a person and drops what could hurt.</summary>
public sealed class DocumentFileNameTests
{
    [Theory]
    [InlineData("营业执照 2026.pdf", ".pdf", "营业执照 2026.pdf")]
    [InlineData(@"C:\Users\yang\Desktop\licence.pdf", ".pdf", "licence.pdf")]
    [InlineData("../../etc/passwd", ".pdf", "passwd.pdf")]
    [InlineData("evil\"name'\r\n;.pdf", ".pdf", "evilname.pdf")]
    [InlineData("invoice\u202Efdp.exe", ".pdf", "invoicefdp.pdf")] // right-to-left override dropped, extension from the content
    [InlineData("photo.PNG", ".jpg", "photo.jpg")]
    [InlineData("a<b>c|d?e*f:g.png", ".png", "abcdefg.png")]
    [InlineData("tab\there.pdf", ".pdf", "tab here.pdf")]
    public void Keeps_the_readable_part_and_the_true_extension(string original, string extension, string expected) =>
        DocumentFileName.Safe(original, "BUSINESS_LICENCE", 1, extension).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".pdf")]
    [InlineData("C:\\folder\\")]
    [InlineData("\"\"\u0000")]
    public void Falls_back_to_type_and_version_when_nothing_is_left(string? original) =>
        DocumentFileName.Safe(original, "BUSINESS_LICENCE", 2, ".pdf").ShouldBe("BUSINESS_LICENCE-v2.pdf");

    [Fact]
    public void Long_names_are_cut_to_100_characters_keeping_the_extension_and_whole_characters()
    {
        DocumentFileName.Safe(new string('x', 300) + ".pdf", "T", 1, ".pdf").ShouldBe(new string('x', 96) + ".pdf");
        var emoji = DocumentFileName.Safe(new string('x', 95) + "😀😀.png", "T", 1, ".png");
        emoji.ShouldBe(new string('x', 95) + ".png"); // the pair that would be split is left out whole
    }
}
