using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GroupCrm.Web.Pages.Allocations;

// The round's way to approval: submit (market manager), approve or send back (MarketingCenter), and a revision
// of an approved round. Refusals are shown above the decision buttons; who may not act at all gets a 403.
public sealed partial class DetailsModel
{
    public Task<IActionResult> OnPostSubmitAsync(int id, uint version, CancellationToken ct) =>
        DecideAsync(id, () => rounds.SubmitAsync(User.ToViewer(), id, version, ct), "The round was submitted to MarketingCenter for approval.", ct);

    public Task<IActionResult> OnPostApproveAsync(int id, uint version, CancellationToken ct) =>
        DecideAsync(id, () => rounds.ApproveAsync(User.ToViewer(), id, version, ct), "The round was approved and its notices were issued.", ct);

    public Task<IActionResult> OnPostSendBackAsync(int id, string? note, uint version, CancellationToken ct)
    {
        SendBackNote = note;
        return DecideAsync(id, () => rounds.SendBackAsync(User.ToViewer(), id, note, version, ct), "The round was sent back to the market manager.", ct, SendBackKey);
    }

    public async Task<IActionResult> OnPostReviseAsync(int id, CancellationToken ct)
    {
        var result = await rounds.ReviseAsync(User.ToViewer(), id, ct);
        if (result.Succeeded) return ToRound(result.Id, "A revision was started as a draft. The approved round stays in force until the revision is approved.");
        return await RefusedAsync(id, result, DecisionKey, ct);
    }

    private async Task<IActionResult> DecideAsync(int id, Func<Task<RecordResult>> decision, string done, CancellationToken ct, string key = DecisionKey)
    {
        var result = await decision();
        return result.Succeeded ? ToRound(id, done) : await RefusedAsync(id, result, key, ct);
    }

    private async Task<IActionResult> RefusedAsync(int id, RecordResult result, string key, CancellationToken ct)
    {
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, key);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }
}
