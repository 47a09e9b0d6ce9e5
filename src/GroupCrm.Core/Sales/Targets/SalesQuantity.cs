using System.Globalization;
using System.Text.RegularExpressions;

namespace GroupCrm.Core.Sales.Targets;

/// <summary>Planned and forecast volumes: whole units (cartons) from 0 to 10,000,000.</summary>
public static partial class SalesQuantity
{
    public const int Max = 10_000_000;
    public const string OutOfRange = "The quantity must be a whole number from 0 to 10,000,000.";

    public static bool IsValid(int quantity) => quantity is >= 0 and <= Max;

    /// <summary>Reads "1200" or "1,200"; a fraction, a sign, a word or a number out of range is no quantity.</summary>
    public static bool TryParse(string? text, out int quantity)
    {
        quantity = 0;
        var digits = text?.Trim() ?? "";
        return WholeNumber().IsMatch(digits)
            && int.TryParse(digits, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out quantity) && IsValid(quantity);
    }

    // Digits, or digits grouped in threes by commas; at most 10 digits so the parse cannot overflow silently.
    [GeneratedRegex(@"^([0-9]{1,10}|[0-9]{1,3}(,[0-9]{3}){1,3})$")]
    private static partial Regex WholeNumber();
}
