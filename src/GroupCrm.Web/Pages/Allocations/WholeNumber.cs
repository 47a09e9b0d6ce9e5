using System.Globalization;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>
/// Whole numbers typed into the round forms. They arrive as text and are read here, so "12.5", "abc" or a
/// number too large get a message of ours naming the field instead of the binder's. A sign is kept: a
/// negative number is a number, and the rules say why it is refused.
/// </summary>
public static class WholeNumber
{
    public enum Outcome { Empty, Number, NotANumber }

    public static Outcome TryRead(string? text, out long value)
    {
        value = 0;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return Outcome.Empty;
        // "1,000" and "1 000" are how people write thousands; nothing else is accepted.
        var digits = trimmed.Replace(",", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) ? Outcome.Number : Outcome.NotANumber;
    }

    /// <summary>Reads an int: a whole number that does not fit one is not a number here either.</summary>
    public static Outcome TryReadInt(string? text, out int value)
    {
        value = 0;
        var outcome = TryRead(text, out var wide);
        if (outcome != Outcome.Number) return outcome;
        if (wide is < int.MinValue or > int.MaxValue) return Outcome.NotANumber;
        value = (int)wide;
        return Outcome.Number;
    }
}
