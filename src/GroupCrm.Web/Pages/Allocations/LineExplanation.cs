using GroupCrm.Core.Allocation.Rounds;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>
/// "You receive X because …" for one account's line, step by step in the reader's language, from the figures the
/// line keeps: what the basis measured, its share and the exact share in packs (with the cap that decided it), the
/// rounding, an override with its reason or the re-balancing that moved the line, and the result.
/// </summary>
public sealed class LineExplanation(RoundView round, IStringLocalizer L, TimeZoneInfo zone)
{
    /// <summary>One step: a short label ("Basis") and what it says about this line.</summary>
    public sealed record Step(string Label, string Text, bool Stands = false);

    public IReadOnlyList<Step> For(RoundLineView line)
    {
        List<Step> steps = [new(L["Basis"], Basis(line.Basis)), new(L["Share"], Share(line)), new(L["Rounding"], Rounding(line))];
        if (line.IsOverridden)
            steps.Add(new(L["Override"], L["the calculation gave {0} packs; {1} set {2} packs on {3}. Reason: {4}",
                RoundText.Number(line.EnginePacks), line.OverriddenByName ?? "", RoundText.Number(line.FinalPacks),
                line.OverriddenAt is { } at ? RoundText.DayAndTime(at, zone) : "", line.OverrideReason ?? ""], Stands: true));
        else if (line.IsRebalanced)
            steps.Add(new(L["Re-balanced"], L["without the overrides it would receive {0} packs; the accounts not overridden share what the overrides leave.",
                RoundText.Number(line.EnginePacks)]));
        steps.Add(new(L["Result"], L["{0} packs ({1} {2}).", RoundText.Number(line.FinalPacks), RoundText.Number(line.FinalUnits), round.ProductUnit]));
        return steps;
    }

    private string Basis(decimal basis) => round.Basis switch
    {
        RoundBasis.RecentSales when basis == 0 => L["no sales of the product in the {0} months before {1}, so a basis of 0.",
            round.BasisMonths, RoundText.Month(round.Month)],
        RoundBasis.RecentSales => L["sold {0} {1} in the {2} months before {3}.",
            RoundText.Basis(basis), round.ProductUnit, round.BasisMonths, RoundText.Month(round.Month)],
        RoundBasis.PlannedVolume when basis == 0 => L["no planned monthly volume, so a basis of 0."],
        RoundBasis.PlannedVolume => L["plans to buy {0} {1} a month.", RoundText.Basis(basis), round.ProductUnit],
        _ => L["equal shares: every account counts as 1."],
    };

    private string Share(RoundLineView line) => line.Cap switch
    {
        "Minimum" => L["{0} of the total basis; the proportional share was below its minimum, so it was raised to {1} packs.",
            RoundText.Percent(line.SharePercent), RoundText.Packs(line.IdealPacks)],
        "Maximum" => L["{0} of the total basis; the proportional share was above its maximum, so it was held at {1} packs.",
            RoundText.Percent(line.SharePercent), RoundText.Packs(line.IdealPacks)],
        _ => L["{0} of the total basis, an exact share of {1} packs.", RoundText.Percent(line.SharePercent), RoundText.Packs(line.IdealPacks)],
    };

    private string Rounding(RoundLineView line)
    {
        if (line.RoundingAdjustment > 0)
            return L["{0} whole packs + 1 of the packs left over, which go to the largest remainders first.", RoundText.Number(line.WholePacks)];
        return line.IdealPacks == line.WholePacks
            ? L["none needed: the exact share is a whole number of packs."]
            : L["{0} whole packs + 0: the packs left over went to larger remainders.", RoundText.Number(line.WholePacks)];
    }

    /// <summary>The limits a line had, as the limits column shows them: "min 2 · max 30", or a dash for none.</summary>
    public string Limits(int? minimum, int? maximum)
    {
        List<string> parts = [];
        if (minimum is { } min) parts.Add(L["min {0}", RoundText.Number(min)]);
        if (maximum is { } max) parts.Add(L["max {0}", RoundText.Number(max)]);
        return parts.Count == 0 ? "—" : string.Join(" · ", parts);
    }

    /// <summary>The line has limits of its own, not the round's defaults.</summary>
    public bool HasOwnLimits(RoundLineView line) => line.MinimumPacks != round.MinimumPacks || line.MaximumPacks != round.MaximumPacks;

    /// <summary>
    /// Packs fixed by overrides and what the other lines share, for the note above a table with overrides; null
    /// when nothing is overridden or the viewer does not see every line (the sum would be of their lines only).
    /// </summary>
    public (long Fixed, long Remaining)? Overrides()
    {
        if (round.IsPartial || !round.Lines.Any(l => l.IsOverridden)) return null;
        var overridden = round.Lines.Where(l => l.IsOverridden).Sum(l => l.FinalPacks);
        return (overridden, round.Plan.PacksAvailable - overridden);
    }
}
