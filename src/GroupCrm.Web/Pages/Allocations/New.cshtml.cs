using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>A new round, by the district's market manager or an administrator: created as a draft and computed at once.</summary>
public sealed class NewModel(AllocationRounds rounds, RoundQueries queries, IStringLocalizer<SharedResource> localizer) : RoundPage(localizer)
{
    public RoundFormView Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.ToViewer().CanRunRounds()) return Forbid();
        var choices = await queries.ChoicesAsync(User.ToViewer(), ct);
        Form = new(RoundForm.ForNew(choices), choices);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([Bind(Prefix = RoundFormView.Prefix)] RoundForm input, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        if (!viewer.CanRunRounds()) return Forbid();
        Form = new(input, await queries.ChoicesAsync(viewer, ct));
        if (input.Read(ModelState, RoundFormView.Prefix, L) is not { } round) return Page();
        var result = await rounds.CreateAsync(viewer, round, ct);
        if (result.Succeeded) return ToRound(result.Id, "The round was created as a draft. Check the preview, then submit it for approval.");
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, RoundFormView.Prefix);
        return Page();
    }
}
