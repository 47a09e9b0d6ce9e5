using GroupCrm.Core.Letters.Drafting;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Letters.Bulletins;

/// <summary>
/// The months a bulletin can be written for: any of the last 24 months, this month (the one the next letters
/// will be about) and next month (written ahead). A month is its first day; in links it is "yyyy-MM".
/// </summary>
public static class BulletinMonths
{
    public const int MonthsBack = 24;

    public static DateOnly This(DateOnly today) => new(today.Year, today.Month, 1);

    public static DateOnly Earliest(DateOnly today) => This(today).AddMonths(-MonthsBack);

    public static DateOnly Latest(DateOnly today) => This(today).AddMonths(1);

    public static string Format(DateOnly month) => LetterMonths.Format(month);

    /// <summary>"2026-05", as letters read months (<see cref="LetterMonths.TryParse"/>), in the years 2000–2999.</summary>
    public static bool TryParse(string? text, out DateOnly month)
    {
        if (LetterMonths.TryParse(text, out month) && month.Year is >= 2000 and <= 2999) return true;
        month = default;
        return false;
    }

    /// <returns>Why a bulletin cannot be written for the month, or null when it can.</returns>
    public static RecordError? Problem(DateOnly month, DateOnly today)
    {
        if (month.Day != 1) return new(Field, BulletinMessages.NotFirstOfMonth);
        if (month < Earliest(today) || month > Latest(today))
            return new(Field, BulletinMessages.MonthOutOfRange, Format(Earliest(today)), Format(Latest(today)));
        return null;
    }

    private const string Field = "Month";
}
