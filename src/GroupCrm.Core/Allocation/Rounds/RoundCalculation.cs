using GroupCrm.Core.Allocation.Engine;
using GroupCrm.Core.Onboarding.Records;

namespace GroupCrm.Core.Allocation.Rounds;

/// <summary>One account going into the calculation: its basis, its caps and, when a person fixed it, its packs.</summary>
internal sealed record LineSpec(int AccountId, string AccountName, decimal Basis, int? MinimumPacks, int? MaximumPacks, long? OverridePacks);

/// <summary>One account's figures coming out: the explanation, what the engine gave, and the final packs.</summary>
internal sealed record LineFigures(
    int AccountId, decimal Basis, int? MinimumPacks, int? MaximumPacks, decimal SharePercent, decimal IdealPacks, string Cap,
    long WholePacks, int RoundingAdjustment, long EnginePacks, long FinalPacks, long FinalUnits);

/// <summary>
/// A round's lines from the engine, with overrides re-balanced: the engine first shares the round over every
/// account as if nothing were overridden (what each line would get: its engine packs, and the total the round hands
/// out); then the lines nobody fixed share what the overrides leave of that total, by the same engine with their
/// caps kept. Whatever cannot add up to the same total is refused, naming the accounts, and nothing is computed.
/// </summary>
internal static class RoundCalculation
{
    public static (List<LineFigures> Lines, List<RecordError> Errors) Compute(
        long availableUnits, int packSize, long reserveUnits, RoundBasis basis, int basisMonths, IReadOnlyList<LineSpec> specs)
    {
        var names = specs.ToDictionary(s => s.AccountId, s => s.AccountName);
        var full = AllocationEngine.Allocate(new AllocationRequest(availableUnits, packSize, reserveUnits, [.. specs.Select(ToRecipient)]));
        if (!full.Succeeded) return ([], [.. full.Errors.Select(e => Explain(e, names, basis, basisMonths))]);

        var engine = full.Plan.Lines.ToDictionary(l => l.RecipientId);
        var overridden = specs.Where(s => s.OverridePacks is not null).ToList();
        if (overridden.Count == 0)
            return ([.. full.Plan.Lines.Select(l => Figures(l, l.FinalPacks, l.FinalPacks, packSize))], []);

        var outside = overridden.FirstOrDefault(s => s.OverridePacks < (s.MinimumPacks ?? 0) || s.OverridePacks > s.MaximumPacks);
        if (outside is not null)
            return ([], [new("", RoundMessages.OverrideOutsideCaps, RoundRules.Number(outside.OverridePacks!.Value), outside.AccountName)]);

        var total = full.Plan.PacksAllocated;
        var fixedPacks = overridden.Sum(s => s.OverridePacks!.Value);
        var rest = specs.Where(s => s.OverridePacks is null).ToList();
        var refusal = fixedPacks > total ? new RecordError("", RoundMessages.OverridesAbovePacks, RoundRules.Number(fixedPacks), RoundRules.Number(total))
            : rest.Count == 0 && fixedPacks != total ? new RecordError("", RoundMessages.AllOverriddenMismatch, RoundRules.Number(fixedPacks), RoundRules.Number(total))
            : null;
        if (refusal is not null) return ([], [refusal]);

        var lines = overridden.Select(s => Figures(engine[s.AccountId], engine[s.AccountId].FinalPacks, s.OverridePacks!.Value, packSize)).ToList();
        if (rest.Count > 0)
        {
            var left = total - fixedPacks;
            var balanced = AllocationEngine.Allocate(new AllocationRequest(left * packSize, packSize, 0, [.. rest.Select(ToRecipient)]));
            if (!balanced.Succeeded) return ([], [.. balanced.Errors.Select(e => ExplainRest(e, names, left))]);
            if (balanced.Plan.PacksLeftInReserve > 0)
                return ([], [new("", RoundMessages.RestAtMaximum, RoundRules.Number(balanced.Plan.PacksLeftInReserve))]);
            lines.AddRange(balanced.Plan.Lines.Select(l => Figures(l, engine[l.RecipientId].FinalPacks, l.FinalPacks, packSize)));
        }
        return ([.. lines.OrderBy(l => l.AccountId)], []);
    }

    private static Recipient ToRecipient(LineSpec s) => new(s.AccountId, s.Basis, s.MinimumPacks, s.MaximumPacks);

    private static LineFigures Figures(AllocationLine l, long enginePacks, long finalPacks, int packSize) => new(
        l.RecipientId, l.Basis, (int?)l.MinimumPacks, (int?)l.MaximumPacks, l.SharePercent, l.IdealPacks, l.Cap.ToString(),
        l.WholePacks, l.RoundingAdjustment, enginePacks, finalPacks, finalPacks * packSize);

    private static RecordError Explain(AllocationError error, Dictionary<int, string> names, RoundBasis basis, int basisMonths) => error.Problem switch
    {
        AllocationProblem.MinimumsAbovePacksAvailable => new("", RoundMessages.MinimumsAbovePacks, Names(error, names), error.Arguments[1], error.Arguments[2]),
        AllocationProblem.NoPositiveBasis when basis == RoundBasis.RecentSales =>
            new("", RoundMessages.NoRecentSales, basisMonths, Names(error, names)),
        AllocationProblem.NoPositiveBasis => new("", RoundMessages.NoPlannedVolume, Names(error, names)),
        AllocationProblem.MaximumBelowMinimum => new("", RoundMessages.MaximumsBelowMinimums, Names(error, names)),
        AllocationProblem.BasisTooLarge => new("", RoundMessages.BasisTooLarge),
        _ => new("", error.Message, error.Arguments),
    };

    private static RecordError ExplainRest(AllocationError error, Dictionary<int, string> names, long left) => error.Problem switch
    {
        AllocationProblem.MinimumsAbovePacksAvailable => new("", RoundMessages.RestMinimumsAbovePacks, RoundRules.Number(left), Names(error, names), error.Arguments[1]),
        AllocationProblem.NoPositiveBasis => new("", RoundMessages.RestNoBasis, RoundRules.Number(left), Names(error, names)),
        _ => Explain(error, names, RoundBasis.EqualShares, 0),
    };

    /// <summary>The accounts concerned by name: the first five, then how many more.</summary>
    internal static string Names(AllocationError error, Dictionary<int, string> names)
    {
        var all = error.RecipientIds.Select(id => names.GetValueOrDefault(id, "#" + id)).ToList();
        return all.Count <= 5 ? string.Join(", ", all) : string.Join(", ", all.Take(5)) + $" (+{all.Count - 5})";
    }
}
