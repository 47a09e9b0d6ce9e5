namespace GroupCrm.Core.Allocation.Engine;

/// <summary>
/// Input that no allocation can be made from: wrong quantities, and recipients that break the rules on
/// their own (listed more than once, negative basis or caps, a maximum below the minimum). Every problem
/// is reported at once, each naming the recipients concerned, so a manager can fix the round in one go.
/// </summary>
internal static class InputChecks
{
    public static IEnumerable<AllocationError> OfQuantities(long availableUnits, int packSize, long reserveUnits)
    {
        if (packSize <= 0)
            yield return new(AllocationProblem.PackSizeNotPositive, [], "The pack size must be at least 1 unit (it is {0}).", packSize);
        if (availableUnits < 0)
            yield return new(AllocationProblem.NegativeQuantity, [], "The available quantity cannot be negative (it is {0}).", availableUnits);
        if (reserveUnits < 0)
            yield return new(AllocationProblem.NegativeReserve, [], "The reserve cannot be negative (it is {0}).", reserveUnits);
        else if (availableUnits >= 0 && reserveUnits > availableUnits)
            yield return new(AllocationProblem.ReserveAboveQuantity, [],
                "The reserve of {0} units is more than the {1} units available.", reserveUnits, availableUnits);
    }

    /// <param name="byId">The recipients in id order, so that duplicates sit side by side.</param>
    public static IEnumerable<AllocationError> OfRecipients(Recipient[] byId)
    {
        if (byId.Length == 0)
        {
            yield return new(AllocationProblem.NoRecipients, [], "There is no recipient to allocate to.");
            yield break;
        }

        int[] duplicates = [.. byId.Where((r, i) => i > 0 && byId[i - 1].Id == r.Id).Select(r => r.Id).Distinct()];
        if (duplicates.Length > 0)
            yield return new(AllocationProblem.DuplicateRecipient, duplicates,
                "Recipients listed more than once: {0}.", RecipientList.Describe(duplicates));

        Recipient[] negativeBasis = [.. byId.Where(r => r.Basis < 0)];
        if (negativeBasis.Length > 0)
            yield return new(AllocationProblem.NegativeBasis, Ids(negativeBasis),
                "Recipients with a negative basis: {0}. A basis is sales, planned volume or an equal share, never negative.",
                RecipientList.Describe(negativeBasis, r => $"{r.Id} ({RecipientList.Number(r.Basis)})"));

        Recipient[] negativeCap = [.. byId.Where(r => r.MinimumPacks < 0 || r.MaximumPacks < 0)];
        if (negativeCap.Length > 0)
            yield return new(AllocationProblem.NegativeCap, Ids(negativeCap),
                "Recipients with a minimum or maximum below zero: {0}.",
                RecipientList.Describe(negativeCap, r => $"{r.Id} ({Caps(r)})"));

        // A missing minimum is 0, so a negative maximum is already reported above, not here too.
        Recipient[] inverted = [.. byId.Where(r => r.MaximumPacks >= 0 && r.MaximumPacks < (r.MinimumPacks ?? 0))];
        if (inverted.Length > 0)
            yield return new(AllocationProblem.MaximumBelowMinimum, Ids(inverted),
                "Recipients whose maximum is below their minimum: {0}.",
                RecipientList.Describe(inverted, r => $"{r.Id} ({Caps(r)})"));
    }

    internal static int[] Ids(IEnumerable<Recipient> recipients) => [.. recipients.Select(r => r.Id)];

    private static string Caps(Recipient r) =>
        $"minimum {Packs(r.MinimumPacks)}, maximum {Packs(r.MaximumPacks)}";

    private static string Packs(long? packs) => packs is { } p ? RecipientList.Number(p) : "none";
}
