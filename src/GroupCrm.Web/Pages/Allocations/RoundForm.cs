using GroupCrm.Core.Allocation.Rounds;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>
/// The round's inputs as the new and edit forms send them. Numbers and the month travel as text and are read
/// by <see cref="Read"/>; their ranges are the rules' to judge (Core says "more than 0", "at most 24" …).
/// Field names match <see cref="RoundInput"/>, so Core's refusals land next to their inputs.
/// </summary>
public sealed class RoundForm
{
    public string? DistrictId { get; set; }
    public string? ProductId { get; set; }
    public string? Month { get; set; }
    public string? AvailableUnits { get; set; }
    public string? PackSize { get; set; }
    public string? ReserveUnits { get; set; } = "0";
    public string? Basis { get; set; } = nameof(RoundBasis.RecentSales);
    public string? BasisMonths { get; set; } = "3";
    public string? MinimumPacks { get; set; }
    public string? MaximumPacks { get; set; }

    /// <summary>The round's row version the editor loaded (unused when creating).</summary>
    public uint Version { get; set; }

    public static RoundForm From(RoundInput input, uint version) => new()
    {
        DistrictId = RoundText.Field(input.DistrictId), ProductId = RoundText.Field(input.ProductId), Month = RoundText.Month(input.Month),
        AvailableUnits = RoundText.Field(input.AvailableUnits), PackSize = RoundText.Field(input.PackSize),
        ReserveUnits = RoundText.Field(input.ReserveUnits), Basis = input.Basis.ToString(), BasisMonths = RoundText.Field(input.BasisMonths),
        MinimumPacks = RoundText.Field(input.MinimumPacks), MaximumPacks = RoundText.Field(input.MaximumPacks), Version = version,
    };

    /// <summary>
    /// A blank form: the only district when there is one, and next month, the month a round is usually prepared
    /// for (this month's stock is mostly out by the time it is known).
    /// </summary>
    public static RoundForm ForNew(RoundFormChoices choices) => new()
    {
        DistrictId = choices.Districts.Count == 1 ? RoundText.Field(choices.Districts[0].Id) : null,
        Month = choices.Months.Count > 1 ? RoundText.Month(choices.Months[1]) : choices.Months.Select(RoundText.Month).FirstOrDefault(),
    };

    /// <summary>The input, or null with a message on every field that could not be read.</summary>
    public RoundInput? Read(ModelStateDictionary modelState, string prefix, IStringLocalizer L)
    {
        var errors = modelState.ErrorCount;
        void Error(string field, string message) => modelState.AddModelError($"{prefix}.{field}", L[message]);

        var district = Choice(DistrictId, nameof(DistrictId), "Choose the district.");
        var product = Choice(ProductId, nameof(ProductId), "Choose the scarce product.");
        var month = Products.MonthText.Parse(Month);
        if (month is null) Error(nameof(Month), "Choose the month as YYYY-MM.");
        var available = Required(AvailableUnits, nameof(AvailableUnits), "Enter the available quantity in units.", "The available quantity must be a whole number of units.");
        var packSize = RequiredInt(PackSize, nameof(PackSize), "Enter the pack size in units.", "The pack size must be a whole number of units.");
        var reserve = Optional(ReserveUnits, nameof(ReserveUnits), "The reserve must be a whole number of units.") ?? 0;
        var basisMonths = OptionalInt(BasisMonths, nameof(BasisMonths), "The number of months must be a whole number.") ?? 3;
        var minimum = OptionalInt(MinimumPacks, nameof(MinimumPacks), "The minimum must be a whole number of packs.");
        var maximum = OptionalInt(MaximumPacks, nameof(MaximumPacks), "The maximum must be a whole number of packs.");
        // An unknown basis goes on to Core as an undefined value, which names the three there are.
        var basis = Enum.TryParse<RoundBasis>(Basis?.Trim(), ignoreCase: true, out var b) && Enum.IsDefined(b) ? b : (RoundBasis)(-1);

        if (modelState.ErrorCount > errors) return null;
        return new RoundInput(district!.Value, product!.Value, month!.Value, available!.Value, packSize!.Value, reserve, basis, basisMonths, minimum, maximum);

        // A choice is an id from the list; anything else (empty, "abc", "-1x") is "choose one".
        int? Choice(string? text, string field, string message)
        {
            if (WholeNumber.TryReadInt(text, out var id) == WholeNumber.Outcome.Number && id > 0) return id;
            Error(field, message);
            return null;
        }

        long? Required(string? text, string field, string empty, string notNumber)
        {
            switch (WholeNumber.TryRead(text, out var value))
            {
                case WholeNumber.Outcome.Number: return value;
                case WholeNumber.Outcome.Empty: Error(field, empty); return null;
                default: Error(field, notNumber); return null;
            }
        }

        int? RequiredInt(string? text, string field, string empty, string notNumber)
        {
            switch (WholeNumber.TryReadInt(text, out var value))
            {
                case WholeNumber.Outcome.Number: return value;
                case WholeNumber.Outcome.Empty: Error(field, empty); return null;
                default: Error(field, notNumber); return null;
            }
        }

        long? Optional(string? text, string field, string notNumber)
        {
            var outcome = WholeNumber.TryRead(text, out var value);
            if (outcome == WholeNumber.Outcome.NotANumber) Error(field, notNumber);
            return outcome == WholeNumber.Outcome.Number ? value : null;
        }

        int? OptionalInt(string? text, string field, string notNumber)
        {
            var outcome = WholeNumber.TryReadInt(text, out var value);
            if (outcome == WholeNumber.Outcome.NotANumber) Error(field, notNumber);
            return outcome == WholeNumber.Outcome.Number ? value : null;
        }
    }
}
