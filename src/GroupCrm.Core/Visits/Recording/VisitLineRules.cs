using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Visits.Recording;

/// <summary>
/// The checks of a visit's lines: product checks of a store visit, follow-ups of an HQ visit. A line's
/// refusal names its field as the form does ("Products[2].ShelfPrice"), so it is shown next to that input.
/// </summary>
public static class VisitLineRules
{
    public const int MaxCount = 1_000_000;
    public const decimal MaxPrice = 1_000_000m;
    public const int MaxProductLines = 200;
    public const int MaxFollowUps = 20;
    public const int MaxFollowUpLength = 500;

    public static string ProductField(int line, string field) => $"Products[{line}].{field}";

    public static string FollowUpField(int line, string field) => $"FollowUps[{line}].{field}";

    public static void CheckProducts(IReadOnlyList<ProductCheckInput> products, List<RecordError> errors)
    {
        if (products.Count > MaxProductLines) errors.Add(new("", "A visit can check at most 200 products."));
        var seen = new HashSet<int>();
        for (var i = 0; i < products.Count; i++)
        {
            var p = products[i];
            if (p.ProductId is not { } id) errors.Add(new(ProductField(i, nameof(p.ProductId)), "Choose the product of this line."));
            else if (!seen.Add(id)) errors.Add(new(ProductField(i, nameof(p.ProductId)), "This product is already on another line."));
            if (p.Listed is null) errors.Add(new(ProductField(i, nameof(p.Listed)), "Say whether the product is on the shelf."));
            if (p.SellThrough is < 0 or > MaxCount)
                errors.Add(new(ProductField(i, nameof(p.SellThrough)), "The sell-through must be a whole number from 0 to 1,000,000."));
            if (p.StockOnHand is < 0 or > MaxCount)
                errors.Add(new(ProductField(i, nameof(p.StockOnHand)), "The stock on hand must be a whole number from 0 to 1,000,000."));
            if (p.ShelfPrice is { } price && (price < 0 || price > MaxPrice))
                errors.Add(new(ProductField(i, nameof(p.ShelfPrice)), "The shelf price must be between 0 and 1,000,000."));
            else if (p.ShelfPrice is { } cents && decimal.Round(cents, 2) != cents)
                errors.Add(new(ProductField(i, nameof(p.ShelfPrice)), "The shelf price can have at most two decimals."));
        }
    }

    public static void CheckFollowUpTexts(IReadOnlyList<FollowUpInput> followUps, List<RecordError> errors)
    {
        if (followUps.Count > MaxFollowUps) errors.Add(new("", "A visit can have at most 20 follow-ups."));
        for (var i = 0; i < followUps.Count; i++)
            RecordText.Check(errors, FollowUpField(i, nameof(FollowUpInput.Text)), followUps[i].Text, MaxFollowUpLength,
                "A follow-up can be at most 500 characters.", "Enter what was agreed.");
    }

    /// <summary>Due dates: from the day of the visit to a year after it (compared only once the visit's own date is sound).</summary>
    public static void CheckFollowUpDates(IReadOnlyList<FollowUpInput> followUps, DateOnly? visitedOn, List<RecordError> errors)
    {
        for (var i = 0; i < followUps.Count; i++)
        {
            var field = FollowUpField(i, nameof(FollowUpInput.DueOn));
            if (followUps[i].DueOn is not { } due) errors.Add(new(field, "Enter the due date of the follow-up."));
            else if (visitedOn is not { } day) continue;
            else if (due < day) errors.Add(new(field, "The due date cannot be before the visit."));
            else if (due > day.AddYears(1)) errors.Add(new(field, "The due date can be at most one year after the visit."));
        }
    }
}
