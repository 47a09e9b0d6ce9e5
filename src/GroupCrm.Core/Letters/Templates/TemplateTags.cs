using System.Text;

namespace GroupCrm.Core.Letters.Templates;

internal enum TagKind { Plain, Triple, Raw, Comment, Unclosed }

/// <summary>One {{…}} tag of a template: its 1-based line and its text between the braces (without ~).</summary>
internal sealed record TemplateTag(int Line, TagKind Kind, string Body);

/// <summary>Finds the tags of a Handlebars template and splits a tag into its words.</summary>
internal static class TemplateTags
{
    /// <summary>The tags, up to the first one left open (which comes last, as <see cref="TagKind.Unclosed"/>).</summary>
    public static IEnumerable<TemplateTag> Read(string text)
    {
        var at = 0;
        var line = 1;
        var counted = 0;
        while ((at = text.IndexOf("{{", at, StringComparison.Ordinal)) >= 0)
        {
            // Handlebars' own escape: \{{ is literal text.
            if (at > 0 && text[at - 1] == '\\')
            {
                at += 2;
                continue;
            }
            line += Lines(text, counted, at);
            counted = at;
            var (kind, open, close) = text.AsSpan(at) switch
            {
                var s when s.StartsWith("{{{{") => (TagKind.Raw, 4, "}}}}"),
                var s when s.StartsWith("{{{") => (TagKind.Triple, 3, "}}}"),
                var s when s.StartsWith("{{!--") || s.StartsWith("{{~!--") => (TagKind.Comment, 5, "--"),
                var s when s.StartsWith("{{!") || s.StartsWith("{{~!") => (TagKind.Comment, 2, "}}"),
                _ => (TagKind.Plain, 2, "}}"),
            };
            var end = close == "--" ? LongCommentEnd(text, at + open) : text.IndexOf(close, at + open, StringComparison.Ordinal);
            var body = end < 0 || kind == TagKind.Comment ? "" : text[(at + open)..end].Trim().Trim('~').Trim();
            // Handlebars reports a tag left open where the text ends; its own line is more use to the reader.
            if (end < 0 || (kind != TagKind.Comment && body.Contains("{{", StringComparison.Ordinal)))
            {
                yield return new TemplateTag(line, TagKind.Unclosed, "");
                yield break;
            }
            yield return new TemplateTag(line, kind, body);
            at = kind == TagKind.Comment ? text.IndexOf("}}", end, StringComparison.Ordinal) + 2 : end + close.Length;
        }
    }

    /// <summary>Splits a tag's text on spaces, keeping "quoted strings", (subexpressions) and [segments] whole.</summary>
    public static List<string> Words(string body)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var depth = 0;
        char? quote = null;
        var bracket = false;
        foreach (var c in body)
        {
            if (quote is { } q)
            {
                word.Append(c);
                if (c == q)
                    quote = null;
                continue;
            }
            if (bracket)
            {
                word.Append(c);
                bracket = c != ']';
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '[':
                    bracket = true;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '|' when depth == 0:
                    // Block parameters: {{#each x as |item|}}; the names are not fields.
                    Flush(words, word);
                    continue;
            }
            if (char.IsWhiteSpace(c) && depth == 0)
                Flush(words, word);
            else
                word.Append(c);
        }
        Flush(words, word);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
            words.Add(word.ToString());
        word.Clear();
    }

    // {{!-- … --}} may hold }} inside; it ends at --}} (or --~}}).
    private static int LongCommentEnd(string text, int from)
    {
        for (var at = text.IndexOf("--", from, StringComparison.Ordinal); at >= 0; at = text.IndexOf("--", at + 1, StringComparison.Ordinal))
        {
            var rest = text.AsSpan(at + 2);
            if (rest.StartsWith("}}") || rest.StartsWith("~}}"))
                return at;
        }
        return -1;
    }

    private static int Lines(string text, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
                count++;
        }
        return count;
    }
}
