using System.Text.RegularExpressions;
using GroupCrm.Core.Letters.Bulletins;

namespace GroupCrm.Core.Tests.Letters.Bulletins;

public sealed partial class SafeMarkdownTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void Nothing_to_render_gives_an_empty_string(string? markdown) =>
        SafeMarkdown.ToHtml(markdown).ShouldBe("");

    [Fact]
    public void Headings_lists_emphasis_and_tables_render()
    {
        var html = SafeMarkdown.ToHtml("""
            ## 市场概况

            - **中华** 销量上升
            - *利群* 持平

            1. 第一
            2. 第二

            | 品牌 | 环比 |
            |:-----|-----:|
            | 中华 | +5% |

            ~~旧价格~~
            """);

        html.ShouldContain("<h2>市场概况</h2>");
        html.ShouldContain("<li><strong>中华</strong> 销量上升</li>");
        html.ShouldContain("<em>利群</em>");
        html.ShouldContain("<ol>");
        html.ShouldContain("<table>");
        html.ShouldContain("<td>中华</td>");
        html.ShouldContain("<del>旧价格</del>");
        // Alignment would be an inline style, which our pages refuse.
        html.ShouldNotContain("style=");
    }

    [Fact]
    public void Plain_text_keeps_its_line_breaks() =>
        SafeMarkdown.ToHtml("第一行\n第二行").ShouldBe("<p>第一行<br />\n第二行</p>\n");

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<SCRIPT SRC=//evil.example/x.js></SCRIPT>")]
    [InlineData("text <script>alert(1)</script> text")]
    [InlineData("<div>\n<script>alert(1)</script>\n</div>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("<!-- comment --><b onmouseover=alert(1)>x</b>")]
    [InlineData("- <details open ontoggle=alert(1)>")]
    [InlineData("> <object data=\"javascript:alert(1)\">")]
    [InlineData("**<em onclick=alert(1)>x</em>**")]
    public void Raw_html_is_shown_as_text(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        TagNames(html).ShouldAllBe(tag => SafeTags.Contains(tag));
        html.ShouldContain("&lt;");
        AttributeNames(html).ShouldAllBe(name => name == "href" || name == "rel" || name == "title");
    }

    [Fact]
    public void A_script_tag_is_escaped_exactly() =>
        SafeMarkdown.ToHtml("<script>alert('x')</script>").ShouldBe("<p>&lt;script&gt;alert('x')&lt;/script&gt;</p>\n");

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click]( javascript:alert(1))")]
    [InlineData("[click](<java script:alert(1)>)")]
    [InlineData("[click](<java\tscript:alert(1)>)")]
    [InlineData("[click](jav&#x61;script:alert(1))")]
    [InlineData("[click](jav&#97;script:alert(1))")]
    [InlineData("[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))")]
    [InlineData("[click](javascript&colon;alert(1))")]
    [InlineData("[click](java\\script:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](DATA:text/html,<script>alert(1)</script>)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("[click](file:///etc/passwd)")]
    [InlineData("[click](ftp://files.example.com/x)")]
    [InlineData("[click](/admin/users)")]
    [InlineData("[click](//evil.example/x)")]
    [InlineData("[click](../Letters)")]
    [InlineData("[click](#top)")]
    [InlineData("[click](?q=1)")]
    [InlineData("[click](https:evil.example)")]
    [InlineData("[click](http:/evil.example)")]
    [InlineData("[click](https://)")]
    [InlineData("[click](mailto:)")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[click]\n\n[click]: JaVaScRiPt:alert(1) \"title\"")]
    [InlineData("[click](<javascript:alert(1)>)")]
    [InlineData("[click](%6Aavascript:alert(1))")]
    [InlineData("[click](\u200Bjavascript:alert(1))")]
    public void Links_other_than_http_https_and_mailto_keep_only_their_text(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldNotContain("<a");
        html.ShouldNotContain("href");
        html.ShouldContain("click");
    }

    [Theory]
    [InlineData("[官网](https://www.example.com/a?b=1&c=2)", "https://www.example.com/a?b=1&amp;c=2")]
    [InlineData("[site](HTTP://example.com)", "HTTP://example.com")]
    [InlineData("[mail](mailto:sales@example.com)", "mailto:sales@example.com")]
    [InlineData("[ref][r]\n\n[r]: https://example.com/r", "https://example.com/r")]
    [InlineData("<https://example.com/auto>", "https://example.com/auto")]
    [InlineData("<sales@example.com>", "mailto:sales@example.com")]
    [InlineData("see https://example.com/bare now", "https://example.com/bare")]
    [InlineData("see www.example.com now", "http://www.example.com")]
    public void Allowed_links_survive_with_rel_nofollow(string markdown, string href)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldContain($"href=\"{href}\"");
        html.ShouldContain("rel=\"nofollow noopener noreferrer\"");
        Regex.Matches(html, "<a ").Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JAVASCRIPT:alert(1)>")]
    [InlineData("<data:text/html,x>")]
    [InlineData("<vbscript:msgbox(1)>")]
    [InlineData("<ftp://files.example.com>")]
    public void Autolinks_with_other_schemes_become_text(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldNotContain("<a");
        html.ShouldNotContain("href");
    }

    [Fact]
    public void A_link_title_cannot_break_out_of_its_attribute()
    {
        var html = SafeMarkdown.ToHtml("[x](https://example.com \"a\\\" onmouseover=\\\"alert(1)\")");

        html.ShouldContain("title=\"a&quot; onmouseover=&quot;alert(1)\"");
        AttributeNames(html).ShouldBe(["href", "title", "rel"], ignoreOrder: true);
    }

    [Fact]
    public void A_url_cannot_break_out_of_its_attribute()
    {
        var html = SafeMarkdown.ToHtml("[x](https://example.com/\"onclick=\"alert(1)\"x)");

        AttributeNames(html).ShouldBe(["href", "rel"], ignoreOrder: true);
        html.ShouldNotContain("\"onclick");
    }

    [Fact]
    public void A_url_with_spaces_is_not_a_link() =>
        SafeMarkdown.ToHtml("[x](<https://example.com/\" onclick=\"alert(1)>)").ShouldBe("<p>x</p>\n");

    [Theory]
    [InlineData("![产品图](https://cdn.example.com/p.png)", "https://cdn.example.com/p.png", "产品图")]
    [InlineData("![](https://cdn.example.com/p.png)", "https://cdn.example.com/p.png", "https://cdn.example.com/p.png")]
    [InlineData("![logo][l]\n\n[l]: https://cdn.example.com/l.png", "https://cdn.example.com/l.png", "logo")]
    public void Images_become_links_and_are_never_fetched(string markdown, string href, string text)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldNotContain("<img");
        html.ShouldNotContain("src=");
        html.ShouldContain($"<a href=\"{href}\" rel=\"nofollow noopener noreferrer\">{text}</a>");
    }

    [Theory]
    [InlineData("![pic](javascript:alert(1))")]
    [InlineData("![pic](data:image/png;base64,iVBORw0KGgo=)")]
    [InlineData("![pic](/local.png)")]
    [InlineData("![pic](x onerror=alert(1))")]
    public void Images_with_other_addresses_keep_only_their_description(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldNotContain("<img");
        html.ShouldNotContain("<a");
        html.ShouldContain("pic");
    }

    [Fact]
    public void An_image_inside_a_link_leaves_a_single_link()
    {
        var html = SafeMarkdown.ToHtml("[![badge](https://cdn.example.com/b.png)](https://example.com)");

        html.ShouldBe("<p><a href=\"https://example.com\" rel=\"nofollow noopener noreferrer\">badge</a></p>\n");
    }

    [Fact]
    public void A_safe_image_inside_an_unsafe_link_becomes_its_own_link()
    {
        var html = SafeMarkdown.ToHtml("[![badge](https://cdn.example.com/b.png)](javascript:alert(1))");

        html.ShouldBe("<p><a href=\"https://cdn.example.com/b.png\" rel=\"nofollow noopener noreferrer\">badge</a></p>\n");
    }

    [Fact]
    public void Nested_markup_inside_an_unsafe_link_is_kept_as_formatted_text()
    {
        var html = SafeMarkdown.ToHtml("[**粗体** and *斜体* `code`](javascript:alert(1))");

        html.ShouldBe("<p><strong>粗体</strong> and <em>斜体</em> <code>code</code></p>\n");
    }

    [Theory]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("&#60;script&#62;alert(1)&#60;/script&#62;", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("&#x3C;img src=x onerror=alert(1)&#x3E;", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("AT&T &amp; Co", "AT&amp;T &amp; Co")]
    [InlineData("&copy; 2026", "© 2026")]
    public void Html_entities_never_turn_into_markup(string markdown, string expected)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldBe($"<p>{expected}</p>\n");
    }

    [Theory]
    [InlineData("`<script>alert(1)</script>`")]
    [InlineData("```\n<script>alert(1)</script>\n```")]
    [InlineData("    <script>alert(1)</script>")]
    public void Code_shows_markup_as_text(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        html.ShouldContain("&lt;script&gt;");
        html.ShouldNotContain("<script");
    }

    [Fact]
    public void Generic_attribute_syntax_is_not_an_attribute()
    {
        var html = SafeMarkdown.ToHtml("# Title {onclick=alert(1) #id .class}\n\n[x](https://example.com){onmouseover=alert(1)}");

        AttributeNames(html).ShouldBe(["href", "rel"], ignoreOrder: true);
    }

    [Theory]
    [InlineData('>')]
    [InlineData('[')]
    [InlineData('*')]
    [InlineData('-')]
    [InlineData('`')]
    [InlineData('(')]
    public void Deeply_nested_input_of_the_longest_allowed_length_renders(char c)
    {
        var markdown = new string(c, MarketBulletinConfiguration.MaxPartLength);

        Should.NotThrow(() => SafeMarkdown.ToHtml(markdown));
    }

    [Fact]
    public void Too_deep_nesting_is_shown_as_escaped_text()
    {
        var html = SafeMarkdown.ToHtml(new string('>', 5000) + " <script>alert(1)</script>\nnext");

        html.ShouldStartWith("<p>&gt;&gt;");
        html.ShouldEndWith("&lt;script&gt;alert(1)&lt;/script&gt;<br />\nnext</p>\n");
    }

    [Fact]
    public void Deeply_nested_lists_and_links_render()
    {
        var lists = string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i * 2) + "- x\n"));
        var links = string.Concat(Enumerable.Repeat("[", 2000)) + "x" + string.Concat(Enumerable.Repeat("](javascript:alert(1))", 2000));

        SafeMarkdown.ToHtml(lists).ShouldNotContain("<script");
        SafeMarkdown.ToHtml(links).ShouldNotContain("href");
    }

    [Fact]
    public void Control_characters_do_not_break_rendering()
    {
        var html = SafeMarkdown.ToHtml("a\0b\u0007c [x](https://example.com/\u0001) [y](<https://example.com/\u0002>)");

        html.ShouldNotContain("href=\"https://example.com/\u0001");
        html.ShouldNotContain("href=\"https://example.com/\u0002");
        html.Where(c => char.IsControl(c) && c != '\n').ShouldBeEmpty();
    }

    private static readonly HashSet<string> SafeTags =
        ["p", "br", "strong", "em", "code", "pre", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
         "hr", "table", "thead", "tbody", "tr", "th", "td", "del", "ins", "mark", "sub", "sup", "a"];

    private static IEnumerable<string> TagNames(string html) =>
        TagPattern().Matches(html).Select(m => m.Groups[1].Value.ToLowerInvariant());

    /// <summary>Every attribute name in the HTML; a tag whose attributes are not all name="value" pairs yields "malformed".</summary>
    private static IEnumerable<string> AttributeNames(string html) =>
        TagPattern().Matches(html).SelectMany(m =>
            WellFormedAttributes().IsMatch(m.Groups[2].Value)
                ? AttributePattern().Matches(m.Groups[2].Value).Select(a => a.Groups[1].Value.ToLowerInvariant())
                : ["malformed"]);

    [GeneratedRegex(@"<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s([a-zA-Z][-a-zA-Z0-9]*)=\"[^\"<>]*\"")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("^(\\s[a-zA-Z][-a-zA-Z0-9]*=\"[^\"<>]*\")*\\s*/?$")]
    private static partial Regex WellFormedAttributes();
}
