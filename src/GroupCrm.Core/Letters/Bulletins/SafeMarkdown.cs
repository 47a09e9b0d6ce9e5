using System.Net;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GroupCrm.Core.Letters.Bulletins;

/// <summary>
/// Turns bulletin text (plain text or Markdown) into HTML that is safe to put into a letter or a page:
/// raw HTML is shown as text, links keep only http, https and mailto addresses (anything else keeps its
/// text and loses the link), every link is marked nofollow/noopener/noreferrer, and images become plain
/// links so that opening a letter never fetches a remote picture.
/// </summary>
public static class SafeMarkdown
{
    public const string LinkRel = "nofollow noopener noreferrer";

    // Only extensions that cannot emit attributes or markup of the writer's choosing: no generic
    // attributes, no raw HTML, no auto identifiers. Single line breaks are kept because most bulletins
    // are written as plain text.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly string[] AllowedPrefixes = ["http://", "https://", "mailto:"];

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        // Control characters have no business in a letter and some mail clients choke on them.
        markdown = WithoutControlCharacters(markdown);
        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            Harden(document);
            return Markdown.ToHtml(document, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurdly deep nesting (thousands of '>' or '['); such text is not meant
            // as formatting, so it is shown as it was typed.
            return PlainText(markdown);
        }
    }

    /// <summary>The text without its Markdown marks, for a one-line excerpt (to be HTML-encoded where it is shown).</summary>
    public static string ToPlainText(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
            return "";
        markdown = WithoutControlCharacters(markdown);
        try
        {
            return Markdown.ToPlainText(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            return markdown;
        }
    }

    /// <summary>The text without control characters other than line breaks and tabs.</summary>
    private static string WithoutControlCharacters(string text) =>
        text.Any(IsUnwantedControl) ? string.Concat(text.Where(c => !IsUnwantedControl(c))) : text;

    private static bool IsUnwantedControl(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');

    private static string PlainText(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(line => WebUtility.HtmlEncode(line));
        return "<p>" + string.Join("<br />\n", lines) + "</p>\n";
    }

    /// <summary>An absolute http(s) address with a host, or a mailto address; relative and other schemes are refused.</summary>
    public static bool IsAllowedUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return false;
        // Browsers ignore tabs, newlines and leading control characters in a URL, so a scheme
        // split by them could still run; refuse any such character anywhere.
        if (url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
            return false;
        if (!AllowedPrefixes.Any(p => url.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            return false;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return false;
        return uri.Scheme switch
        {
            "http" or "https" => uri.Host.Length > 0,
            "mailto" => url.Length > "mailto:".Length,
            _ => false,
        };
    }

    private static void Harden(MarkdownDocument document)
    {
        // Snapshot first: the loop rewrites the tree it walks.
        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case LinkInline link:
                    HardenLink(link);
                    break;
                case AutolinkInline autolink:
                    HardenAutolink(autolink);
                    break;
                case Table table:
                    // Column alignment is written as a style attribute, which our pages' CSP refuses anyway.
                    foreach (var column in table.ColumnDefinitions)
                        column.Alignment = null;
                    break;
            }
        }
    }

    private static void HardenLink(LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        var insideAnotherLink = link.Parent is { } parent && HasLinkAncestor(parent);
        if (!IsAllowedUrl(url) || (link.IsImage && insideAnotherLink))
        {
            Unwrap(link);
            return;
        }
        link.GetDynamicUrl = null;
        link.Url = url;
        if (link.IsImage && link.FirstChild is null)
            link.AppendChild(new LiteralInline(url!));
        link.IsImage = false;
        link.GetAttributes().AddProperty("rel", LinkRel);
    }

    private static void HardenAutolink(AutolinkInline autolink)
    {
        var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        if (!IsAllowedUrl(url))
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
            return;
        }
        autolink.GetAttributes().AddProperty("rel", LinkRel);
    }

    private static bool HasLinkAncestor(ContainerInline? inline)
    {
        for (var current = inline; current is not null; current = current.Parent)
        {
            if (current is LinkInline)
                return true;
        }
        return false;
    }

    /// <summary>Replaces a link by its text (the label of a link, the description of an image).</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }
}
