using GroupCrm.Core.Letters.Templates;

namespace GroupCrm.Core.Tests.Letters.Templates;

/// <summary>The helpers' formats, through a template so that the helpers themselves are what is tested.</summary>
public sealed class LetterFormatsTests
{
    private static string Text(string template, string language = "en") =>
        RendererChecks.Renderer.Render(new TemplateText("s", "h", template), LetterSamples.Rich(), language, null, null).TextBody;

    [Theory]
    [InlineData("{{number 1234567}}", "1,234,567")]
    [InlineData("{{number 0}}", "0")]
    [InlineData("{{number -1500}}", "-1,500")]
    [InlineData("{{number sales.quantity}}", "3,460")]
    [InlineData("{{money sales.amount}}", "812,345.50")]
    [InlineData("{{money 0}}", "0.00")]
    [InlineData("{{percent 0.123}}", "12.3 %")]
    [InlineData("{{percent 1}}", "100.0 %")]
    [InlineData("{{percent 0}}", "0.0 %")]
    [InlineData("{{percent forecast.accuracy}}", "87.0 %")]
    [InlineData("{{change 104.2 100}}", "+4.2 %")]
    [InlineData("{{change 90 100}}", "-10.0 %")]
    [InlineData("{{change 100 100}}", "0.0 %")]
    [InlineData("{{change 5 0}}", "–")]
    [InlineData("{{change 0 0}}", "–")]
    [InlineData("{{change -50 -100}}", "+50.0 %")]
    [InlineData("{{trend 103 100}}", "▲")]
    [InlineData("{{trend 102 100}}", "▬")]
    [InlineData("{{trend 98 100}}", "▬")]
    [InlineData("{{trend 97.9 100}}", "▼")]
    [InlineData("{{trend 5 0}}", "▲")]
    [InlineData("{{trend 0 0}}", "▬")]
    [InlineData("{{date \"2026-10-14\"}}", "14 October 2026")]
    [InlineData("{{month month}}", "October 2026")]
    [InlineData("{{month previousMonth}} {{month lastYearMonth}}", "September 2026 October 2025")]
    [InlineData("{{number sales.plannedQuantity}}", "3,300")]
    [InlineData("{{percent nothing}}", "–")]
    public void English(string template, string expected) => Text(template).ShouldBe(expected);

    [Theory]
    [InlineData("{{number 1234567}}", "1,234,567")]
    [InlineData("{{percent 0.123}}", "12.3%")]
    [InlineData("{{change 104.2 100}}", "+4.2%")]
    [InlineData("{{change 5 0}}", "–")]
    [InlineData("{{date \"2026-10-14\"}}", "2026年10月14日")]
    [InlineData("{{month month}}", "2026年10月")]
    public void Chinese(string template, string expected) => Text(template, "zh-Hans").ShouldBe(expected);

    [Fact]
    public void Markdown_becomes_safe_html_in_the_html_part_and_stays_as_written_in_the_text()
    {
        var letter = RendererChecks.Renderer.Render(
            new TemplateText("s", "{{markdown bulletin.marketSituation}}", "{{markdown bulletin.marketSituation}}"),
            LetterSamples.Rich(), "en", null, null);

        letter.HtmlBody.ShouldContain("<strong>National Day</strong>");
        letter.TextBody.ShouldContain("**National Day**");
    }
}
