using System.Globalization;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>
/// The checks of a round's input that need nothing but the input: quantities, pack size, reserve, basis and caps.
/// Every problem is reported at once, each on its field.
/// </summary>
public static class RoundRules
{
    public const int MaxBasisMonths = 24;
    public const int MonthsAhead = 12;

    /// <summary>Far beyond any real round, and it keeps every figure within the columns that store it.</summary>
    public const long MaxAvailableUnits = 1_000_000_000;

    /// <summary>The month a round is for is kept as its first day, whatever day of it the form sent.</summary>
    public static RoundInput Tidy(RoundInput input) => input with { Month = FirstOf(input.Month) };

    public static DateOnly FirstOf(DateOnly day) => new(day.Year, day.Month, 1);

    public static List<RecordError> Check(RoundInput input)
    {
        List<RecordError> errors = [];
        if (input.AvailableUnits <= 0) errors.Add(new(nameof(RoundInput.AvailableUnits), RoundMessages.AvailableNotPositive));
        else if (input.AvailableUnits > MaxAvailableUnits) errors.Add(new(nameof(RoundInput.AvailableUnits), RoundMessages.AvailableTooLarge));
        if (input.PackSize <= 0) errors.Add(new(nameof(RoundInput.PackSize), RoundMessages.PackSizeNotPositive));
        if (input.ReserveUnits < 0) errors.Add(new(nameof(RoundInput.ReserveUnits), RoundMessages.ReserveNegative));
        else if (input.AvailableUnits > 0 && input.ReserveUnits >= input.AvailableUnits)
            errors.Add(new(nameof(RoundInput.ReserveUnits), RoundMessages.ReserveNotBelowAvailable));
        else if (input.AvailableUnits > 0 && input.PackSize > 0 && input.AvailableUnits - input.ReserveUnits < input.PackSize)
            errors.Add(new(nameof(RoundInput.ReserveUnits), RoundMessages.NoWholePack,
                Number(input.AvailableUnits - input.ReserveUnits), Number(input.PackSize)));
        if (!Enum.IsDefined(input.Basis)) errors.Add(new(nameof(RoundInput.Basis), RoundMessages.UnknownBasis));
        if (input.BasisMonths is < 1 or > MaxBasisMonths) errors.Add(new(nameof(RoundInput.BasisMonths), RoundMessages.BasisMonthsOutOfRange));
        CheckCaps(errors, input.MinimumPacks, input.MaximumPacks, nameof(RoundInput.MinimumPacks), nameof(RoundInput.MaximumPacks));
        return errors;
    }

    public static void CheckCaps(List<RecordError> errors, int? minimum, int? maximum, string minimumField, string maximumField)
    {
        if (minimum < 0) errors.Add(new(minimumField, RoundMessages.MinimumNegative));
        if (maximum < 0) errors.Add(new(maximumField, RoundMessages.MaximumNegative));
        else if (maximum < (minimum ?? 0)) errors.Add(new(maximumField, RoundMessages.MaximumBelowMinimum));
    }

    /// <summary>Null when the month is open for a round (this month up to twelve ahead), else the refusal.</summary>
    public static RecordError? CheckMonth(DateOnly month, DateOnly today, string closedMessage = RoundMessages.MonthClosed)
    {
        var current = FirstOf(today);
        if (month < current) return new(nameof(RoundInput.Month), closedMessage, MonthText(month));
        var last = current.AddMonths(MonthsAhead);
        return month > last ? new(nameof(RoundInput.Month), RoundMessages.MonthTooFar, MonthText(last)) : null;
    }

    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
