using System.Globalization;
using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Organisation;

namespace GroupCrm.Core.Letters.Templates;

/// <summary>
/// How figures and dates read in a letter of one language: the helpers of the templates and the
/// suggestion wording both write through here, so a number reads the same in a sentence and in a table.
/// </summary>
public sealed class LetterFormats
{
    /// <summary>A share or change that is not known (no base, nothing forecast).</summary>
    public const string Unknown = "–";

    /// <summary>Changes within this fraction either way count as flat.</summary>
    public const decimal FlatBand = 0.02m;

    public const string Up = "▲";
    public const string Down = "▼";
    public const string Flat = "▬";

    private static readonly LetterFormats EnglishFormats = new(false);
    private static readonly LetterFormats ChineseFormats = new(true);
    private static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    private readonly bool _chinese;

    private LetterFormats(bool chinese) => _chinese = chinese;

    public static LetterFormats For(string language) => language == NoticeLanguages.Chinese ? ChineseFormats : EnglishFormats;

    public string Number(decimal? value) => value is { } v ? Math.Round(v, 0, MidpointRounding.AwayFromZero).ToString("#,0", Numbers) : Unknown;

    public string Money(decimal? value) => value is { } v ? v.ToString("#,0.00", Numbers) : Unknown;

    /// <summary>A fraction as a percentage with one decimal: 0.123 → "12.3 %" (Chinese "12.3%").</summary>
    public string Percent(decimal? fraction) => fraction is { } f ? WithPercentSign((f * 100).ToString("0.0", Numbers)) : Unknown;

    /// <summary>The signed change from <paramref name="from"/> to <paramref name="to"/>: "+4.2 %", "-12.0 %"; unknown when the base is 0.</summary>
    public string Change(decimal? to, decimal? from)
    {
        if (Ratio(to, from) is not { } ratio)
            return Unknown;
        var text = (ratio * 100).ToString("0.0", Numbers);
        return WithPercentSign(ratio > 0 && text != "0.0" ? "+" + text : text == "-0.0" ? "0.0" : text);
    }

    /// <summary>▲ up, ▼ down or ▬ flat (within ±2 %); from nothing to something is up.</summary>
    public string Trend(decimal? to, decimal? from)
    {
        if (to is null || from is null)
            return Flat;
        if (from == 0)
            return to > 0 ? Up : to < 0 ? Down : Flat;
        var ratio = Ratio(to, from)!.Value;
        return ratio > FlatBand ? Up : ratio < -FlatBand ? Down : Flat;
    }

    public string Date(DateOnly date) => _chinese ? WrittenDates.ChineseDate(date) : WrittenDates.EnglishDate(date);

    public string Month(DateOnly date) => _chinese ? WrittenDates.ChineseMonth(date) : WrittenDates.EnglishMonth(date);

    /// <summary>(to − from) / |from|; null when either is unknown or the base is 0.</summary>
    public static decimal? Ratio(decimal? to, decimal? from) =>
        to is { } t && from is { } f && f != 0 ? (t - f) / Math.Abs(f) : null;

    private string WithPercentSign(string number) => _chinese ? number + "%" : number + " %";
}
