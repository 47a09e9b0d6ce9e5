using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace GroupCrm.Web.Pages.Products;

/// <summary>Months as an input of type month sends and shows them: "YYYY-MM".</summary>
public static class MonthText
{
    /// <returns>The first day of the month, or null when the text is empty or not a month.</returns>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public static string Format(DateOnly? month) => month?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>Empty, or a month as <see cref="MonthText"/> reads it ("2026-13" is not one).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MonthAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || string.IsNullOrWhiteSpace(text) || MonthText.Parse(text) is not null;
}
