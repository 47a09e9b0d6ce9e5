using GroupCrm.Core.Allocation.Notices;
using GroupCrm.Core.Allocation.Rounds;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using GroupCrm.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace GroupCrm.Web.Pages.Allocations;

/// <summary>
/// A round's preview: the plan's figures, every account line with its explanation and store split, the audit
/// trail, the notices once approved, and the forms that move the round on. Every form posts the row version it
/// was shown, so a change made from a stale page is refused as a conflict and changes nothing.
/// </summary>
public sealed partial class DetailsModel(
    AllocationRounds rounds, RoundQueries queries, NoticeTracking tracking, OrganisationCalendar calendar, IStringLocalizer<SharedResource> localizer)
    : RoundPage(localizer)
{
    public const string DecisionKey = "Decision";
    public const string SendBackKey = "SendBack";

    public RoundView Round { get; private set; } = null!;
    public RoundTracking? Tracking { get; private set; }
    public LineExplanation Explain { get; private set; } = null!;
    public TimeZoneInfo TimeZone => calendar.TimeZone;

    /// <summary>The line whose form was refused (its details open again), and what was typed.</summary>
    public int? FailedAccountId { get; private set; }
    public FailedLineForm? Failed { get; private set; }

    /// <summary>Refusals that belong to no line the viewer sees (a line form naming an account not in the round).</summary>
    public List<string> TopErrors { get; } = [];

    public string? SendBackNote { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostOverrideAsync(int id, [Bind(Prefix = "Line")] LineForm line, CancellationToken ct)
    {
        var outcome = WholeNumber.TryRead(line.Packs, out var packs);
        if (outcome != WholeNumber.Outcome.Number)
            ModelState.AddModelError($"{FailedLineForm.Override}.{AllocationRounds.PacksField}",
                L[outcome == WholeNumber.Outcome.Empty ? "Enter the packs this account should receive." : "The packs must be a whole number."]);
        return LineChangeAsync(id, line, FailedLineForm.Override, outcome == WholeNumber.Outcome.Number
            ? () => rounds.OverrideAsync(User.ToViewer(), id, line.AccountId, packs, line.Reason, line.Version, ct)
            : null,
            "The override was saved and the other lines were re-balanced.", ct);
    }

    public Task<IActionResult> OnPostRemoveOverrideAsync(int id, [Bind(Prefix = "Line")] LineForm line, CancellationToken ct) =>
        LineChangeAsync(id, line, FailedLineForm.Override,
            () => rounds.RemoveOverrideAsync(User.ToViewer(), id, line.AccountId, line.Version, ct),
            "The override was removed and the round was computed again.", ct);

    public Task<IActionResult> OnPostCapsAsync(int id, [Bind(Prefix = "Line")] LineForm line, CancellationToken ct)
    {
        var readable = true;
        int? Cap(string? text, string field, string message)
        {
            var outcome = WholeNumber.TryReadInt(text, out var value);
            if (outcome != WholeNumber.Outcome.NotANumber) return outcome == WholeNumber.Outcome.Number ? value : null;
            ModelState.AddModelError($"{FailedLineForm.Caps}.{field}", L[message]);
            readable = false;
            return null;
        }
        var minimum = Cap(line.MinimumPacks, nameof(RoundLine.MinimumPacks), "The minimum must be a whole number of packs.");
        var maximum = Cap(line.MaximumPacks, nameof(RoundLine.MaximumPacks), "The maximum must be a whole number of packs.");
        return LineChangeAsync(id, line, FailedLineForm.Caps, readable
            ? () => rounds.SetCapsAsync(User.ToViewer(), id, line.AccountId, minimum, maximum, line.Version, ct)
            : null,
            "The account's limits were saved and the round was computed again.", ct);
    }

    /// <summary>
    /// Runs one line's change (<paramref name="change"/> is null when the form could not be read) and goes back to
    /// the line; or shows the preview again with the refusal in that line's form.
    /// </summary>
    private async Task<IActionResult> LineChangeAsync(
        int id, LineForm line, string form, Func<Task<RecordResult>>? change, string done, CancellationToken ct)
    {
        if (change is not null)
        {
            var result = await change();
            if (result.Succeeded) return ToRound(id, done, Anchor(line.AccountId));
            if (result.NotFound || result.Forbidden) return Refusal(result);
            AddErrors(result, form);
        }
        if (!await LoadAsync(id, ct)) return NotFound();
        (FailedAccountId, Failed) = (line.AccountId, new(form, line));
        // A refusal about a line whose forms the page does not show (no such line, or the round can no longer
        // change) would otherwise be shown nowhere.
        if (!Round.CanEdit || Round.Lines.All(l => l.AccountId != line.AccountId))
            TopErrors.AddRange(ModelState.Where(e => e.Key == form || e.Key.StartsWith(form + ".", StringComparison.Ordinal))
                .SelectMany(e => e.Value?.Errors.AsEnumerable() ?? []).Select(e => e.ErrorMessage));
        return Page();
    }

    /// <summary>
    /// An account's name in the reader's language when the round has its line; notices and the audit trail carry the
    /// registered (Chinese) name only.
    /// </summary>
    public string AccountName(int accountId, string registeredName) =>
        DistrictChoices.InChinese ? registeredName : Round.Lines.FirstOrDefault(l => l.AccountId == accountId)?.AccountNameEn ?? registeredName;

    public static string Anchor(int accountId) => $"line-{accountId}";

    /// <summary>Errors of one of a line's forms, for the line whose form was refused only.</summary>
    public IEnumerable<string> ErrorsOf(int accountId, string form, string? field = null) =>
        FailedAccountId == accountId && Failed?.Form == form
            ? ModelState[field is null ? form : $"{form}.{field}"]?.Errors.Select(e => e.ErrorMessage) ?? []
            : [];

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var viewer = User.ToViewer();
        var round = await queries.FindAsync(viewer, id, ct);
        if (round is null) return false;
        Round = round;
        Explain = new LineExplanation(round, L, calendar.TimeZone);
        if (round.State is RoundState.Approved or RoundState.Superseded) Tracking = await tracking.ForRoundAsync(viewer, id, ct);
        return true;
    }
}
