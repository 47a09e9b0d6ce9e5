using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Letters.Templates;
using static GroupCrm.Core.Tests.Letters.Templates.RendererChecks;

namespace GroupCrm.Core.Tests.Letters.Templates;

/// <summary>Rendering the shipped templates: escaping, both languages, a month without sales.</summary>
public sealed class LetterRenderingTests
{
    private static readonly string Hostile = "<script>alert('x')</script> & Co";

    private static LetterSnapshot WithHostileNames() => LetterSamples.Rich() with
    {
        Account = new SnapshotAccount(7, Hostile, Hostile, "东区", "East", "<b>Li</b>", "li@example.com"),
        BestStores = [new SnapshotStore(1, "<img src=x onerror=alert(1)>", 10, 5)],
        Bulletin = new SnapshotBulletin("<script>bad()</script> **good**", "[click](javascript:alert(1))", "plain"),
    };

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Html_escapes_user_text_and_the_text_part_keeps_it_as_written(string language)
    {
        var letter = Renderer.Render(DefaultTemplates.For(language), WithHostileNames(), language, "Note <script>x</script>", "<i>idea</i>");

        letter.HtmlBody.ShouldNotContain("<script>");
        letter.HtmlBody.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; Co");
        letter.HtmlBody.ShouldNotContain("<img");
        letter.HtmlBody.ShouldNotContain("<b>Li</b>");
        letter.HtmlBody.ShouldNotContain("<i>idea</i>");
        letter.HtmlBody.ShouldNotContain("javascript:");
        letter.HtmlBody.ShouldContain("<strong>good</strong>");
        letter.TextBody.ShouldContain(Hostile);
        letter.TextBody.ShouldContain("<i>idea</i>");
        letter.TextBody.ShouldContain("Note <script>x</script>");
        letter.TextBody.ShouldNotContain("&lt;");
        letter.Subject.ShouldContain(Hostile);
    }

    [Fact]
    public void A_line_break_in_an_account_name_cannot_make_a_second_subject_line()
    {
        var snapshot = LetterSamples.Rich() with { Account = LetterSamples.Rich().Account with { NameEn = "Evil\r\nBcc: x@example.com" } };

        var letter = Renderer.Render(English, snapshot, "en", null, null);

        letter.Subject.ShouldNotContain("\n");
        letter.Subject.ShouldNotContain("\r");
        letter.Subject.ShouldStartWith("Evil Bcc: x@example.com");
    }

    [Fact]
    public void The_english_letter_uses_english_names_and_formats()
    {
        var letter = Renderer.Render(English, LetterSamples.Rich(), "en", null, null);

        letter.Subject.ShouldBe("Hualian Supermarkets (sample): sales review for October 2026");
        letter.TextBody.ShouldContain("Total: 3,460 units, ¥812,345.50");
        letter.TextBody.ShouldContain("104.8 % achieved");
        letter.TextBody.ShouldContain("September 2026: 3,320 units, ¥779,800.00 (▲ +4.2 %)");
        letter.TextBody.ShouldContain("5 October 2026: Furongwang Hard Mid-Slim");
        letter.HtmlBody.ShouldContain("East district");
        letter.TextBody.ShouldContain("87.0 %");
    }

    [Fact]
    public void The_chinese_letter_renders_chinese_text_names_and_dates()
    {
        var letter = Renderer.Render(DefaultTemplates.For("zh-Hans"), LetterSamples.Rich(), "zh-Hans", "感谢贵司一直以来的支持。", null);

        letter.Subject.ShouldBe("华联超市连锁（示例） 2026年10月销售回顾");
        letter.HtmlBody.ShouldContain("集团客户销售回顾");
        letter.HtmlBody.ShouldContain("一、市场概况");
        letter.HtmlBody.ShouldContain("东区");
        letter.TextBody.ShouldContain("本月合计：销量3,460，销售额¥812,345.50");
        letter.TextBody.ShouldContain("完成计划104.8%");
        letter.TextBody.ShouldContain("2026年10月5日：芙蓉王（硬中支）");
        letter.TextBody.ShouldContain("感谢贵司一直以来的支持。");
        letter.TextBody.ShouldContain("建议引进");
    }

    [Theory]
    [InlineData("en", "No sales for October 2026 had been received when this letter was drafted.")]
    [InlineData("zh-Hans", "截至本函起草时，尚未收到贵司2026年10月的销售数据")]
    public void A_month_without_sales_says_so_instead_of_showing_zeros(string language, string sentence)
    {
        var letter = Renderer.Render(DefaultTemplates.For(language), LetterSamples.NoSales(), language, null, null);

        letter.HtmlBody.ShouldContain(sentence);
        letter.TextBody.ShouldContain(sentence);
        letter.TextBody.ShouldNotContain("0 units");
        letter.TextBody.ShouldNotContain("¥0.00");
        letter.HtmlBody.ShouldNotContain("¥0.00");
    }

    [Fact]
    public void Edited_suggestions_replace_the_computed_ones_line_by_line()
    {
        var letter = Renderer.Render(English, LetterSamples.Rich(), "en", null, "First idea\n\n  Second idea  \n");

        letter.TextBody.ShouldContain("- First idea\n- Second idea\n");
        letter.TextBody.ShouldNotContain("we suggest listing it");
    }

    [Fact]
    public void Without_edits_the_computed_suggestions_are_written_out()
    {
        var letter = Renderer.Render(English, LetterSamples.Rich(), "en", null, null);

        foreach (var line in SuggestionWording.Lines(LetterSamples.Rich(), "en"))
            letter.TextBody.ShouldContain("- " + line);
    }

    [Fact]
    public void An_unknown_language_is_refused()
    {
        Should.Throw<ArgumentException>(() => Renderer.Render(English, LetterSamples.Rich(), "fr", null, null));
    }

    [Fact]
    public void The_same_template_text_is_compiled_once_and_renders_the_same()
    {
        var first = Renderer.Render(English, LetterSamples.Rich(), "en", null, null);
        var second = Renderer.Render(English, LetterSamples.Rich(), "en", null, null);

        second.ShouldBe(first);
    }
}
