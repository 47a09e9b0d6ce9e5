using GroupCrm.Core.Onboarding;
using GroupCrm.Core.Onboarding.Records;
using GroupCrm.Core.Organisation;
using Microsoft.EntityFrameworkCore;

namespace GroupCrm.Core.Allocation.Rounds;

// The way to approval: the market manager submits, MarketingCenter approves or sends back. Approval is the
// moment the round takes effect: the store split is fixed, the notices are issued and a corrected round is
// superseded, all in one transaction.
public sealed partial class AllocationRounds
{
    public const int MaxNoteLength = 1000;

    public async Task<RecordResult> SubmitAsync(Viewer viewer, int roundId, uint version, CancellationToken ct = default)
    {
        var (round, refusal) = await LoadDraftAsync(viewer, roundId, version, ct);
        if (round is null) return refusal!;
        if (await InactiveAccountsAsync(round, RoundMessages.AccountNoLongerActiveInDraft, ct) is { } inactive) return RecordAccess.Forget(db, inactive);

        (round.State, round.SubmittedById, round.SubmittedAt, round.ReturnNote) = (RoundState.Submitted, viewer.UserId, clock.GetUtcNow(), null);
        AddEvent(round, RoundEventKind.Submitted, viewer);
        return await SaveAsync(round, version, ct);
    }

    public async Task<RecordResult> SendBackAsync(Viewer viewer, int roundId, string? note, uint version, CancellationToken ct = default)
    {
        var (round, refusal) = await LoadSubmittedAsync(viewer, roundId, version, ct);
        if (round is null) return refusal!;
        note = RecordText.Optional(note);
        if (note is null || note.Length > MaxNoteLength) return RecordAccess.Forget(db, RecordResult.Refused(NoteField, RoundMessages.NoteRequired));

        (round.State, round.ReturnNote) = (RoundState.Draft, note);
        AddEvent(round, RoundEventKind.SentBack, viewer, note: note);
        return await SaveAsync(round, version, ct);
    }

    public async Task<RecordResult> ApproveAsync(Viewer viewer, int roundId, uint version, CancellationToken ct = default)
    {
        var (round, refusal) = await LoadSubmittedAsync(viewer, roundId, version, ct);
        if (round is null) return refusal!;
        if (await InactiveAccountsAsync(round, RoundMessages.AccountNoLongerActive, ct) is { } inactive) return RecordAccess.Forget(db, inactive);

        var stores = await RoundBases.StoresAsync(db, round, [.. round.Lines.Select(l => l.AccountId)], ct);
        foreach (var line in round.Lines)
            line.Stores = StoreSplit.Of(line.FinalPacks, round.PackSize, stores.GetValueOrDefault(line.AccountId) ?? []);
        (round.State, round.ApprovedById, round.ApprovedAt) = (RoundState.Approved, viewer.UserId, clock.GetUtcNow());
        AddEvent(round, RoundEventKind.Approved, viewer);
        if (round.SupersedesId is { } earlierId)
        {
            var earlier = await db.AllocationRounds.SingleAsync(r => r.Id == earlierId, ct);
            earlier.State = RoundState.Superseded;
            AddEvent(earlier, RoundEventKind.Superseded, viewer);
        }
        return await InTransactionAsync(async () =>
        {
            var saved = await SaveAsync(round, version, ct);
            if (!saved.Succeeded) return saved;
            await notices.IssueAsync(round, ct);
            return saved;
        }, ct);
    }

    private async Task<(AllocationRound? Round, RecordResult? Refusal)> LoadSubmittedAsync(Viewer viewer, int roundId, uint version, CancellationToken ct)
    {
        var (round, refusal) = await LoadAsync(viewer, roundId, ct);
        if (round is null) return (null, refusal);
        if (!viewer.CanDecide()) return (null, RecordAccess.Forget(db, RecordResult.NotAllowed));
        if (round.State == RoundState.Submitted)
            return round.Version == version ? (round, null) : (null, RecordAccess.Forget(db, RecordResult.Conflict()));
        var message = round.State switch
        {
            RoundState.Approved => RoundMessages.Immutable,
            RoundState.Superseded => RoundMessages.SupersededImmutable,
            _ => RoundMessages.NotSubmitted,
        };
        return (null, RecordAccess.Forget(db, RecordResult.Refused("", message)));
    }

    /// <summary>A line for an account that was suspended or closed since the round was computed must not become a notice.</summary>
    private async Task<RecordResult?> InactiveAccountsAsync(AllocationRound round, string message, CancellationToken ct)
    {
        var ids = round.Lines.Select(l => l.AccountId).ToList();
        var inactive = await db.Accounts.AsNoTracking()
            .Where(a => ids.Contains(a.Id) && a.State != AccountState.Active)
            .OrderBy(a => a.Id).Select(a => a.Name).ToListAsync(ct);
        return inactive.Count == 0 ? null : RecordResult.Refused("", message, string.Join(", ", inactive));
    }
}
