using System.Text.RegularExpressions;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Sales.Products;

/// <summary>
/// A product's checks that need no database. Text is stored as typed (script included: it is encoded
/// when shown), only trimmed. The limits are public so the forms use the same numbers.
/// </summary>
public static partial class ProductRules
{
    public const int MinCodeLength = 2;
    public const int MaxCodeLength = 30;
    public const int MaxBrandLength = 60;
    public const int MaxNameLength = 120;
    public const int MaxPriceBandLength = 20;
    public const int MaxUnitLength = 20;
    public const decimal MinPrice = 0.01m;
    public const decimal MaxPrice = 100_000m;
    public const string PriceOutOfRange = "The price must be between 0.01 and 100,000, with at most two decimals.";

    /// <summary>The earliest month or date a product record may name; anything before is a typing error.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>Codes are upper-cased: the unique index compares exactly, and "p0001" and "P0001" are one code to a person.</summary>
    public static string TidyCode(string? code) => RecordText.Required(code).ToUpperInvariant();

    /// <summary>Trims the text and turns the launch day into the first of its month.</summary>
    public static ProductFields Tidy(ProductFields fields) => fields with
    {
        Brand = RecordText.Required(fields.Brand),
        Name = RecordText.Required(fields.Name),
        NameEn = RecordText.Required(fields.NameEn),
        PriceBand = RecordText.Required(fields.PriceBand),
        Unit = RecordText.Required(fields.Unit),
        LaunchedOn = fields.LaunchedOn is { } day ? FirstOfMonth(day) : null,
    };

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>Checks tidied fields; <paramref name="today"/> is the organisation's today (a launch may be planned up to a year ahead).</summary>
    public static List<RecordError> Check(ProductFields fields, DateOnly today)
    {
        var errors = new List<RecordError>();
        RecordText.Check(errors, nameof(fields.Brand), fields.Brand, MaxBrandLength, "The brand can be at most 60 characters.", "Enter the brand.");
        RecordText.Check(errors, nameof(fields.Name), fields.Name, MaxNameLength, "The Chinese name can be at most 120 characters.", "Enter the Chinese name.");
        RecordText.Check(errors, nameof(fields.NameEn), fields.NameEn, MaxNameLength, "The English name can be at most 120 characters.", "Enter the English name.");
        RecordText.Check(errors, nameof(fields.PriceBand), fields.PriceBand, MaxPriceBandLength, "The price band can be at most 20 characters.", "Enter the price band.");
        RecordText.Check(errors, nameof(fields.Unit), fields.Unit, MaxUnitLength, "The unit can be at most 20 characters.", "Enter the unit.");
        if (fields.LaunchedOn is { } month && (month < Earliest || month > FirstOfMonth(today.AddYears(1))))
            errors.Add(new(nameof(fields.LaunchedOn), "The launch month must lie between January 2000 and a year from now."));
        return errors;
    }

    public static void CheckCode(List<RecordError> errors, string code)
    {
        const string field = nameof(NewProduct.Code);
        if (code.Length == 0) errors.Add(new(field, "Enter the product code."));
        else if (!CodePattern().IsMatch(code))
            errors.Add(new(field, "A product code has 2 to 30 characters: letters A–Z, digits and dashes."));
    }

    /// <summary>A price is a positive amount of yuan in fen: 0.01 to 100,000 with at most two decimals.</summary>
    public static bool IsValidPrice(decimal price) => price is >= MinPrice and <= MaxPrice && decimal.Round(price, 2) == price;

    // Only ASCII: codes are typed on every keyboard and appear in the distributor's sales files.
    [GeneratedRegex("^[A-Z0-9-]{2,30}$")]
    private static partial Regex CodePattern();
}
