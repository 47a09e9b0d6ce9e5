namespace GroupCrm.Core.Visits.SpotChecks;

/// <summary>One product line as a spot check compares it: listing, shelf price and stock (sell-through is the store's word, not seen).</summary>
public sealed record CheckedValues(int ProductId, bool Listed, decimal? ShelfPrice, int? StockOnHand);

public enum FieldOutcome
{
    Matches,
    Differs,

    /// <summary>Not scored: the product, or this field of it, was recorded by only one of the two visits.</summary>
    NotCompared,
}

/// <summary>One field of one product: what the account manager recorded, what the spot check found, and the verdict.</summary>
public sealed record FieldComparison<T>(T? Recorded, T? Found, FieldOutcome Outcome) where T : struct;

/// <summary>
/// One product of the two visits. <see cref="InRecord"/> / <see cref="InSpotCheck"/> say which visit checked it;
/// a product only one of them checked is shown with every field not compared.
/// </summary>
public sealed record ProductComparison(
    int ProductId,
    bool InRecord,
    bool InSpotCheck,
    FieldComparison<bool> Listed,
    FieldComparison<decimal> ShelfPrice,
    FieldComparison<int> StockOnHand)
{
    public IEnumerable<FieldOutcome> Outcomes => [Listed.Outcome, ShelfPrice.Outcome, StockOnHand.Outcome];
}

/// <summary>How many fields were compared and how many of them matched; the share is null when nothing was compared.</summary>
public sealed record SpotCheckScore(int Compared, int Matched)
{
    public static readonly SpotCheckScore None = new(0, 0);

    public double? Share => Compared == 0 ? null : (double)Matched / Compared;

    public SpotCheckScore Add(SpotCheckScore other) => new(Compared + other.Compared, Matched + other.Matched);
}

/// <summary>
/// The field-by-field comparison of a spot check with the checked manager's record of the same store.
/// For a product both visits checked, the listing is always compared; the shelf price (to the cent) and the
/// stock (exactly) only when both visits recorded them, since a blank says "not looked at", not "zero".
/// </summary>
public static class SpotCheckComparison
{
    public static IReadOnlyList<ProductComparison> Compare(IEnumerable<CheckedValues> record, IEnumerable<CheckedValues> spotCheck)
    {
        var recorded = record.ToDictionary(c => c.ProductId);
        var found = spotCheck.ToDictionary(c => c.ProductId);
        return [.. recorded.Keys.Union(found.Keys).Order().Select(id => Product(id, recorded.GetValueOrDefault(id), found.GetValueOrDefault(id)))];
    }

    public static SpotCheckScore Score(IEnumerable<ProductComparison> products)
    {
        var outcomes = products.SelectMany(p => p.Outcomes).Where(o => o != FieldOutcome.NotCompared).ToList();
        return new SpotCheckScore(outcomes.Count, outcomes.Count(o => o == FieldOutcome.Matches));
    }

    private static ProductComparison Product(int id, CheckedValues? recorded, CheckedValues? found)
    {
        var both = recorded is not null && found is not null;
        return new ProductComparison(id, recorded is not null, found is not null,
            Field(recorded?.Listed, found?.Listed, both, (a, b) => a == b),
            Field(recorded?.ShelfPrice, found?.ShelfPrice, both, (a, b) => Math.Round(a, 2) == Math.Round(b, 2)),
            Field(recorded?.StockOnHand, found?.StockOnHand, both, (a, b) => a == b));
    }

    private static FieldComparison<T> Field<T>(T? recorded, T? found, bool bothChecked, Func<T, T, bool> equal) where T : struct =>
        bothChecked && recorded is { } a && found is { } b
            ? new(a, b, equal(a, b) ? FieldOutcome.Matches : FieldOutcome.Differs)
            : new(recorded, found, FieldOutcome.NotCompared);
}
