using System.Globalization;
using GroupCrm.Core.Letters.Bulletins;
using HandlebarsDotNet;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// The only helpers a letter template can call, with how many values each takes. Each writes through
/// <see cref="LetterFormats"/> of the template's language.
/// </summary>
public static class LetterHelpers
{
    /// <summary>Helper name → number of values it takes.</summary>
    public static IReadOnlyDictionary<string, int> Arity { get; } = new Dictionary<string, int>
    {
        ["number"] = 1,
        ["money"] = 1,
        ["percent"] = 1,
        ["change"] = 2,
        ["trend"] = 2,
        ["date"] = 1,
        ["month"] = 1,
        ["markdown"] = 1,
    };

    /// <summary>Handlebars' own helpers that templates may use; everything else is refused.</summary>
    public static IReadOnlySet<string> BuiltInBlocks { get; } = new HashSet<string> { "if", "unless", "each", "with" };

    public const string Lookup = "lookup";

    public static void Register(IHandlebars handlebars, string language, bool html)
    {
        var f = LetterFormats.For(language);
        handlebars.RegisterHelper("number", (w, _, a) => w.WriteSafeString(f.Number(Number(a, 0, "number"))));
        handlebars.RegisterHelper("money", (w, _, a) => w.WriteSafeString(f.Money(Number(a, 0, "money"))));
        handlebars.RegisterHelper("percent", (w, _, a) => w.WriteSafeString(f.Percent(Number(a, 0, "percent"))));
        handlebars.RegisterHelper("change", (w, _, a) => w.WriteSafeString(f.Change(Number(a, 0, "change"), Number(a, 1, "change"))));
        handlebars.RegisterHelper("trend", (w, _, a) => w.WriteSafeString(f.Trend(Number(a, 0, "trend"), Number(a, 1, "trend"))));
        handlebars.RegisterHelper("date", (w, _, a) => w.Write(Date(a, "date") is { } d ? f.Date(d) : ""));
        handlebars.RegisterHelper("month", (w, _, a) => w.Write(Date(a, "month") is { } d ? f.Month(d) : ""));
        // Bulletin Markdown becomes HTML only through SafeMarkdown; the text part keeps it as written.
        if (html)
            handlebars.RegisterHelper("markdown", (w, _, a) => w.WriteSafeString(SafeMarkdown.ToHtml(Text(a, "markdown"))));
        else
            handlebars.RegisterHelper("markdown", (w, _, a) => w.Write(Text(a, "markdown") ?? ""));
    }

    private static decimal? Number(Arguments arguments, int index, string helper)
    {
        var value = Argument(arguments, index, helper);
        return value switch
        {
            null => null,
            decimal d => d,
            long or int or short or byte or ulong or uint or ushort => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            string s when s.Length == 0 => null,
            string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => throw new TemplateHelperException(helper, $"The {helper} helper needs a number, not \"{Shorten(value)}\"."),
        };
    }

    private static DateOnly? Date(Arguments arguments, string helper)
    {
        var value = Argument(arguments, 0, helper);
        return value switch
        {
            null => null,
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            DateTimeOffset o => DateOnly.FromDateTime(o.DateTime),
            string s when s.Length == 0 => null,
            string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
            string s when DateOnly.TryParseExact(s, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) => m,
            _ => throw new TemplateHelperException(helper, $"The {helper} helper needs a date, not \"{Shorten(value)}\"."),
        };
    }

    private static string? Text(Arguments arguments, string helper) => Argument(arguments, 0, helper)?.ToString();

    private static object? Argument(Arguments arguments, int index, string helper)
    {
        if (arguments.Length != Arity[helper])
            throw new TemplateHelperException(helper, HelperUsage(helper));
        var value = arguments[index];
        // A missing field reaches a helper as Handlebars' "undefined" marker rather than null.
        return value is UndefinedBindingResult ? null : value;
    }

    public static string HelperUsage(string helper) => Arity[helper] == 1
        ? $"The {helper} helper takes one value, e.g. {{{{{helper} {Example(helper)}}}}}."
        : $"The {helper} helper takes two values, the new one first, e.g. {{{{{helper} sales.quantity sales.previousQuantity}}}}.";

    private static string Example(string helper) => helper switch
    {
        "date" or "month" => "month",
        "markdown" => "bulletin.marketSituation",
        "money" => "sales.amount",
        "percent" => "sales.planAchievement",
        _ => "sales.quantity",
    };

    private static string Shorten(object value)
    {
        var text = value.ToString() ?? "";
        return text.Length <= 40 ? text : text[..40] + "…";
    }
}

/// <summary>A helper was called with values it cannot use.</summary>
public sealed class TemplateHelperException(string helper, string message) : HandlebarsRuntimeException(message)
{
    public string Helper { get; } = helper;
}
