using System.Globalization;
using System.Text;

namespace GroupCrm.Core.Onboarding.Documents;

/// <summary>
/// The name a document is shown and downloaded under. The sender's name is kept for recognition,
/// but without folders, control or direction-changing characters, quotes or characters that are
/// special in file systems, at most 100 characters, and always with the extension of what the
/// content really is. Nothing usable left gives "&lt;type code&gt;-v&lt;version&gt;.&lt;ext&gt;".
/// </summary>
public static class DocumentFileName
{
    private const string Forbidden = "\"'`<>:|?*;%";

    public static string Safe(string? original, string typeCode, int version, string extension)
    {
        var name = original ?? "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            // Tabs and line breaks become spaces; a lone surrogate arrives as U+FFFD and is dropped like the rest.
            if (Rune.IsWhiteSpace(rune)) kept.Append(' ');
            else if (rune != Rune.ReplacementChar && !Unusable(Rune.GetUnicodeCategory(rune)) && !(rune.IsBmp && Forbidden.Contains((char)rune.Value)))
                kept.Append(rune.ToString());
        }
        var stem = Path.GetFileNameWithoutExtension(kept.ToString()).Trim(' ', '.');
        if (stem.Length == 0) stem = $"{typeCode}-v{version.ToString(CultureInfo.InvariantCulture)}";
        var room = DocumentRules.MaxFileNameLength - extension.Length;
        if (stem.Length > room)
        {
            // Cut between characters, never inside a surrogate pair.
            var cut = char.IsLowSurrogate(stem[room]) ? room - 1 : room;
            stem = stem[..cut].TrimEnd(' ', '.');
        }
        return stem + extension;
    }

    private static bool Unusable(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse
        or UnicodeCategory.OtherNotAssigned;
}
