using GroupCrm.Core.Letters;
using GroupCrm.Core.Letters.Review;
using GroupCrm.Core.Mail;

namespace GroupCrm.Core.Tests.Letters.Review;

/// <summary>How typed text is tidied, and how a buyer becomes a recipient address.</summary>
public sealed class LetterTextTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" \r\n\t ", null)]
    [InlineData("a\r\nb\rc", "a\nb\nc")]
    [InlineData("  tab\tkept  ", "tab\tkept")]
    [InlineData("bell\u0007 nul\u0000 esc\u001b del\u007f", "bell nul esc del")]
    [InlineData("\u202Eevil\u202C \u2066iso\u2069", "evil iso")]
    [InlineData("<script>alert(1)</script>", "<script>alert(1)</script>")]
    [InlineData("王经理：五月 +5% 👍", "王经理：五月 +5% 👍")]
    public void Tidy_keeps_text_and_line_breaks_and_drops_what_cannot_be_seen(string? typed, string? stored) =>
        LetterText.Tidy(typed).ShouldBe(stored);

    [Theory]
    [InlineData(null, null)]
    [InlineData("\n \n", null)]
    [InlineData(" one \r\n\r\n  two\n", "one\ntwo")]
    [InlineData("\tone\u0000\n\u202Etwo", "one\ntwo")]
    public void TidyLines_makes_one_item_a_line(string? typed, string? stored) =>
        LetterText.TidyLines(typed).ShouldBe(stored);

    [Theory]
    [InlineData("王芳", " wang@hualian.example ", "\"王芳\" <wang@hualian.example>")]
    [InlineData("Li, \"Purchasing\" <head>", "li@hualian.example", "\"Li, Purchasing head\" <li@hualian.example>")]
    [InlineData("  ", "li@hualian.example", "li@hualian.example")]
    [InlineData("Evil\r\nBcc: x@y.z", "li@hualian.example", "\"EvilBcc: x@y.z\" <li@hualian.example>")]
    public void A_buyer_is_addressed_by_name_with_the_name_made_safe_for_the_header(string name, string email, string recipient)
    {
        var address = LetterDelivery.Recipient(name, email);

        address.ShouldBe(recipient);
        MailAddressCheck.IsValid(address).ShouldBeTrue();
    }

    [Fact]
    public void A_bad_address_stays_bad_whatever_the_name() =>
        MailAddressCheck.IsValid(LetterDelivery.Recipient("Wang", "wang at hualian")).ShouldBeFalse();
}
