using System.Text;

namespace GroupCrm.Core.Letters;

/// <summary>
/// What people type into letters and bulletins is stored as plain text: line breaks and tabs kept, control characters and the
/// invisible direction overrides (which can make a line read backwards) removed, blank stored as null. Markup is
/// left as typed; the letter's HTML escapes it.
/// </summary>
public static class LetterText
{
    /// <summary>The text with every kind of line end (CR LF, CR, NEL, U+2028…) made "\n", unwanted characters removed, trimmed; null when blank.</summary>
    public static string? Tidy(string? text)
    {
        if (text is null) return null;
        var normalised = text.ReplaceLineEndings("\n");
        var sb = new StringBuilder(normalised.Length);
        foreach (var c in normalised)
            if (c is '\n' or '\t' || !(char.IsControl(c) || IsDirectionOverride(c))) sb.Append(c);
        var tidy = sb.ToString().Trim();
        return tidy.Length == 0 ? null : tidy;
    }

    /// <summary>One item a line: each line tidied and trimmed, empty lines dropped; null when none is left.</summary>
    public static string? TidyLines(string? text)
    {
        var tidy = Tidy(text);
        if (tidy is null) return null;
        var lines = tidy.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    public static string Lines(IEnumerable<string> lines) => string.Join('\n', lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    // U+202A–U+202E (embeddings and overrides) and U+2066–U+2069 (isolates).
    private static bool IsDirectionOverride(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
