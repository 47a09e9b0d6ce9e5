using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>
/// A draft's inputs changed: the round is computed again from them (caps set per line stay, overrides are kept
/// where they still fit). The row version the form was loaded with travels with it, so a stale form changes nothing.
/// </summary>
public sealed class EditModel(AllocationRounds rounds, RoundQueries queries, IStringLocalizer<SharedResource> localizer) : RoundPage(localizer)
{
    public RoundView Round { get; private set; } = null!;
    public RoundFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Form = new(RoundForm.From(Round.Input, Round.Version), await ChoicesAsync(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = RoundFormView.Prefix)] RoundForm input, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var viewer = User.ToViewer();
        Form = new(input, await ChoicesAsync(ct));
        if (input.Read(ModelState, RoundFormView.Prefix, L) is not { } round) return Page();
        var result = await rounds.UpdateAsync(viewer, id, round, input.Version, ct);
        if (result.Succeeded) return ToRound(id, "The round was computed again with the new inputs.");
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, RoundFormView.Prefix);
        return Page();
    }

    /// <summary>
    /// A draft stays in its district: the form shows it and does not offer another. Its product stays on the list
    /// even when it is no longer scarce, so the form shows what the round is for and saving says why it cannot be.
    /// </summary>
    private async Task<RoundFormChoices> ChoicesAsync(CancellationToken ct)
    {
        var choices = await queries.ChoicesAsync(User.ToViewer(), ct);
        var products = choices.Products.Any(p => p.Id == Round.ProductId)
            ? choices.Products
            : [new(Round.ProductId, Round.ProductCode, Round.ProductName, Round.ProductNameEn, Round.ProductUnit), .. choices.Products];
        return choices with { Districts = [new(Round.DistrictId, Round.DistrictName, Round.DistrictNameEn)], Products = products };
    }

    /// <summary>The round if the viewer sees it (else 404) and may change it now (else 403, or back to the round saying why).</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var round = await queries.FindAsync(User.ToViewer(), id, ct);
        if (round is null) return NotFound();
        Round = round;
        if (round.CanEdit) return null;
        if (!User.ToViewer().CanRun(round.DistrictId)) return Forbid();
        TempData["Error"] = L[RoundStates.WhyLocked(round.State)].Value;
        return Redirect(Url.Content($"~/Allocations/{id}"));
    }
}
