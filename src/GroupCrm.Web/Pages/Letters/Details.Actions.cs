using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GroupCrm.Web.Pages.Letters;

// The forms of the letter page. A refusal that is the viewer's (not found, not theirs) is a 404 or 403; any other
// shows the page again with the reason next to the form and what was typed still in it.
public sealed partial class DetailsModel
{
    public Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => review.SaveNoteAsync(User.ToViewer(), id, Input.PersonalNote, Input.Suggestions, Input.Version, ct),
            "Your note and suggestions were saved.", EditForm, ct, anchor: "edit");

    public Task<IActionResult> OnPostApproveAsync(int id, uint version, CancellationToken ct) =>
        ActAsync(id, () => review.ApproveAsync(User.ToViewer(), id, version, ct),
            "The letter was approved and handed to the outbox for sending.", DecisionForm, ct, anchor: "delivery");

    public Task<IActionResult> OnPostSendBackAsync(int id, string? reason, uint version, CancellationToken ct) =>
        ActAsync(id, () => review.SendBackAsync(User.ToViewer(), id, reason, version, ct),
            "The letter was sent back. It is redrafted by the next drafting run, or now with \"Regenerate\".", SendBackForm, ct, reason);

    public Task<IActionResult> OnPostRegenerateAsync(int id, uint version, CancellationToken ct) =>
        ActAsync(id, () => drafting.RegenerateAsync(User.ToViewer(), id, version, ct),
            "The letter was drafted again from the current figures. Your note and edited suggestions were kept.", DecisionForm, ct);

    public Task<IActionResult> OnPostResendAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => review.ResendAsync(User.ToViewer(), id, ct),
            "The letter will be sent again.", DeliveryForm, ct, anchor: "delivery");

    public Task<IActionResult> OnPostArrivedAsync(int id, CancellationToken ct) =>
        ActAsync(id, () => review.MarkArrivedAsync(User.ToViewer(), id, ct),
            "The letter was marked as delivered.", DeliveryForm, ct, anchor: "delivery");

    /// <summary>The reason typed in a refused send-back form.</summary>
    public string? SendBackReason { get; private set; }

    private async Task<IActionResult> ActAsync(
        int id, Func<Task<RecordResult>> action, string done, string form, CancellationToken ct, string? reason = null, string? anchor = null)
    {
        var result = await action();
        if (result.Succeeded) return ToLetter(id, done, anchor);
        if (result.NotFound || result.Forbidden) return Refusal(result);
        AddErrors(result, form);
        SendBackReason = reason;
        var typed = Input;
        if (!await LoadAsync(id, ct)) return NotFound();
        // A refused edit shows what was typed, to correct; after a conflict, and for the other forms, what is stored now.
        Input = form == EditForm && !result.IsConflict
            ? typed
            : new LetterForm { PersonalNote = Letter.PersonalNote, Suggestions = Letter.Suggestions, Version = Letter.Version };
        return Page();
    }
}
